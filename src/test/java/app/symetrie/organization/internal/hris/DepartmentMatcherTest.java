package app.symetrie.organization.internal.hris;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.organization.internal.DepartmentDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DepartmentMatcherTest {

    private static Map<String, String> existing(String... names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.put(DepartmentDocument.key(name), name);
        }
        return byKey;
    }

    private static String suggestion(String nameInFile, Map<String, String> existing) {
        return DepartmentMatcher.suggest(DepartmentDocument.key(nameInFile), existing).map(existing::get)
                .orElse(null);
    }

    @Test
    void names_equal_but_for_accents_case_and_spaces_have_the_same_key() {
        String key = DepartmentDocument.key("Comptabilité");
        for (String written : List.of("comptabilite", "COMPTABILITÉ", "  Comptabilite ", "ComptabilitÉ",
                "Comptabilite\u0301")) {
            assertThat(DepartmentDocument.key(written)).as(written).isEqualTo(key);
        }
        assertThat(DepartmentDocument.key("Service   client")).isEqualTo(DepartmentDocument.key("service client"));
        assertThat(DepartmentDocument.key("Ressources\u00a0humaines")).isEqualTo("ressources humaines");
    }

    @Test
    void a_name_a_few_edits_away_suggests_the_existing_department() {
        Map<String, String> existing = existing("Comptabilité", "Service client", "Ressources humaines");

        assertThat(suggestion("Comptabilte", existing)).isEqualTo("Comptabilité");
        assertThat(suggestion("Comptablitie", existing)).isEqualTo("Comptabilité");
        assertThat(suggestion("Service clinet", existing)).isEqualTo("Service client");
        assertThat(suggestion("Ressource humaine", existing)).isEqualTo("Ressources humaines");
    }

    @Test
    void a_name_containing_or_contained_in_an_existing_one_suggests_it() {
        Map<String, String> existing = existing("Comptabilité", "Service client");

        assertThat(suggestion("Compta", existing)).isEqualTo("Comptabilité");
        assertThat(suggestion("Service client Lyon", existing)).isEqualTo("Service client");
    }

    @Test
    void distant_names_and_very_short_ones_suggest_nothing() {
        Map<String, String> existing = existing("Comptabilité", "RH", "Juridique", "Achats");

        assertThat(suggestion("Marketing", existing)).isNull();
        assertThat(suggestion("DG", existing)).as("two letters apart from RH: another department").isNull();
        assertThat(suggestion("Com", existing)).as("too short to be contained").isNull();
        assertThat(suggestion("Ventes", existing)).as("Achats is 5 edits away").isNull();
        assertThat(suggestion("Juridique international", existing)).isEqualTo("Juridique");
    }

    @Test
    void short_names_allow_one_edit_long_names_two() {
        Map<String, String> existing = existing("Achats", "Informatique");

        assertThat(suggestion("Achat", existing)).isEqualTo("Achats");
        assertThat(suggestion("Acht", existing)).as("two edits on a short name").isNull();
        assertThat(suggestion("Informatiqe", existing)).isEqualTo("Informatique");
        assertThat(suggestion("Infromatique", existing)).isEqualTo("Informatique");
    }

    @Test
    void the_closest_department_wins_then_the_first_alphabetically() {
        Map<String, String> existing = existing("Service clients", "Service client", "Service cliente");

        assertThat(suggestion("Service clien", existing)).isEqualTo("Service client");
        assertThat(suggestion("Service clientx", existing)).as("one edit from all three")
                .isEqualTo("Service client");
    }

    @Test
    void the_distance_stops_early_beyond_its_limit() {
        assertThat(DepartmentMatcher.distance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(DepartmentMatcher.distance("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(DepartmentMatcher.distance("abc", "abcdefgh", 2)).isEqualTo(3);
    }
}
