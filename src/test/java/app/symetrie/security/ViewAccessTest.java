package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.Role;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view × every role: who may open it. A new view fails this test until its row is added here, so access is
 * always a decision, never an accident. Roles are checked as sessions hold them (expanded: an ADMIN is also a LEAD…).
 */
class ViewAccessTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> LEADS_AND_ADMINS = EnumSet.of(Role.LEAD, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AMBASSADORS_AND_ABOVE = EnumSet.of(Role.AMBASSADOR, Role.LEAD, Role.ADMIN);

    /** View simple name → the roles that may open it; null means anonymous visitors too. */
    static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("LoginView", null);
        EXPECTED.put("SignInLinkView", null);
        EXPECTED.put("SignInRefusedView", null);
        EXPECTED.put("AccessView", ADMINS);
        EXPECTED.put("HomeView", EVERYONE);
        EXPECTED.put("DepartmentsView", LEADS_AND_ADMINS);
        EXPECTED.put("EmployeesView", LEADS_AND_ADMINS);
        EXPECTED.put("ImportView", ADMINS);
        EXPECTED.put("MyBarometerView", EVERYONE);
        EXPECTED.put("NotificationsView", EVERYONE); // each person's own notifications
        EXPECTED.put("SurveyLinkView", null); // a personal survey link: the token is the only key (decision 013)
        EXPECTED.put("NotFoundRoute", null); // where the server sends addresses that are no route
        EXPECTED.put("KioskView", null); // a kiosk code: the code is the only key (decision 013)
        EXPECTED.put("KioskSheetView", LEADS_AND_ADMINS);
        EXPECTED.put("CampaignsView", LEADS_AND_ADMINS);
        EXPECTED.put("QuestionnaireView", LEADS_AND_ADMINS);
        EXPECTED.put("OutboxView", ADMINS);
        EXPECTED.put("AuditView", ADMINS);
        EXPECTED.put("DataProtectionView", ADMINS);
        EXPECTED.put("BackupView", ADMINS);
        EXPECTED.put("DepartmentBoardView", EVERYONE);
        EXPECTED.put("CompanyOverviewView", LEADS_AND_ADMINS);
        EXPECTED.put("DirectoryView", EVERYONE);
        EXPECTED.put("AmbassadorHomeView", AMBASSADORS_AND_ABOVE);
        EXPECTED.put("CoachingLogView", AMBASSADORS_AND_ABOVE);
        EXPECTED.put("ProgramView", LEADS_AND_ADMINS);
        EXPECTED.put("AmbassadorsView", LEADS_AND_ADMINS);
        EXPECTED.put("TrainingView", EVERYONE);
        EXPECTED.put("TrainingAdminView", LEADS_AND_ADMINS);
        EXPECTED.put("TrainingReportView", LEADS_AND_ADMINS);
        EXPECTED.put("ActionPlanView", EVERYONE);
        EXPECTED.put("YouSaidWeDidView", EVERYONE);
        EXPECTED.put("ActionEditView", EnumSet.of(Role.MANAGER, Role.LEAD, Role.ADMIN));
        EXPECTED.put("ActionsOverviewView", LEADS_AND_ADMINS);
        EXPECTED.put("InternalCustomersView", EnumSet.of(Role.MANAGER, Role.LEAD, Role.ADMIN)); // decision 031
        EXPECTED.put("CustomerMirrorView", LEADS_AND_ADMINS); // decision 035
        EXPECTED.put("SatisfactionMapView", EVERYONE);
        EXPECTED.put("PredictionView", EnumSet.of(Role.MANAGER, Role.LEAD, Role.ADMIN));
    }

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    static Set<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("app.symetrie").stream().map(bd -> {
            try {
                return Class.forName(bd.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    @Test
    void every_view_has_an_access_decision_in_this_test() {
        Set<String> names = routes().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void each_role_opens_exactly_the_views_meant_for_it() {
        for (Class<?> view : routes()) {
            Set<Role> allowed = EXPECTED.get(view.getSimpleName());
            for (Role role : Role.values()) {
                Set<String> held = Role.expand(Set.of(role)).stream().map(Enum::name).collect(Collectors.toSet());
                Principal principal = () -> role.name().toLowerCase() + "@example.fr";
                boolean access = checker.hasAccess(view, principal, held::contains);
                boolean expected = allowed == null || allowed.contains(role);
                assertThat(access).as("%s as %s", view.getSimpleName(), role).isEqualTo(expected);
            }
        }
    }

    @Test
    void anonymous_visitors_reach_only_the_login_page() {
        for (Class<?> view : routes()) {
            boolean access = checker.hasAccess(view, null, r -> false);
            assertThat(access).as(view.getSimpleName()).isEqualTo(EXPECTED.get(view.getSimpleName()) == null);
        }
    }
}
