package app.symetrie.board;

import app.symetrie.organization.DepartmentKind;
import java.util.Map;
import java.util.Set;

/**
 * What a closed wave publishes, decided once when it closes and then read by every board, chart, export and
 * recommendation of that wave, so that no view can be subtracted from another
 * ({@code docs/decisions/005-anonymity-publication.md}).
 *
 * @param departments ids of the departments whose figures (those of their whole subtree) are shown
 * @param kinds       kinds whose aggregate is shown (support functions, front office)
 * @param company     whether the company's figures are shown
 * @param teams       ids of the teams shown on their department's board
 * @param hidden      why each department that has answers is not shown (kept for the record, never shown beside the
 *                    board: saying which rule applied would tell something of the group's size)
 */
record Publication(AnonymityFilter filter, Set<String> departments, Set<DepartmentKind> kinds, boolean company,
                   Set<String> teams, Map<String, HiddenReason> hidden) {

    Publication {
        departments = Set.copyOf(departments);
        teams = Set.copyOf(teams);
        kinds = Set.copyOf(kinds);
        hidden = Map.copyOf(hidden);
    }

    /** Why a department's figures are not published in a wave. */
    enum HiddenReason {
        /** fewer than k answers */
        BELOW_K,
        /** shown, it would let a smaller group of the company be deduced by subtraction */
        COMPANY_REST,
        /** shown, it would let a smaller group of its kind be deduced by subtraction */
        KIND_REST,
        /** its kind has fewer than k answers (a rule of decisions made before parent departments were a level) */
        KIND_BELOW_K,
        /** shown, it would let a smaller group of its parent department be deduced by subtraction */
        PARENT_REST
    }

    /** The same decision, thresholds aside. */
    boolean sameAs(Publication other) {
        return departments.equals(other.departments) && kinds.equals(other.kinds) && company == other.company
                && teams.equals(other.teams);
    }
}
