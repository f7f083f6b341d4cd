package app.symetrie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoverageRequest;
import app.symetrie.ambassador.CoachingSession;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.ambassador.ui.AmbassadorHomeView;
import app.symetrie.ambassador.ui.AmbassadorsView;
import app.symetrie.ambassador.ui.CoachingLogView;
import app.symetrie.ambassador.ui.DirectoryView;
import app.symetrie.ambassador.ui.ProgramView;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeFilter;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.RestoresCollections;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The ambassador views without a browser: directory, ambassador home, coaching log, program, management. */
@WithDemoCompany
@RestoresCollections({"ambassadors", "ambassador_applications", "help_requests", "coaching_sessions",
        "notifications", "mail_outbox"})
class AmbassadorViewsTest extends SpringBrowserlessTest {

    @Autowired
    CoachingService coaching;
    @Autowired
    HelpRequestService requests;
    @Autowired
    Clock clock;
    @Autowired
    AmbassadorService ambassadors;
    @Autowired
    OrganizationService organization;
    @Autowired
    SecurityContextHolderStrategy strategy;

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    List<Div> cards(String className) {
        return find(Div.class).withClassName(className).all();
    }

    Div cardWithTitle(String className, String title) {
        return cards(className).stream()
                .filter(c -> find(H3.class).from(c).all().stream().anyMatch(h -> h.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title));
    }

    List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_employee_finds_an_ambassador_for_a_tool_and_asks_for_help() {
        navigate(DirectoryView.class);
        int everyone = cards("ambassador-card").size();
        assertThat(everyone).isBetween(20, 40);
        test(find(ComboBox.class).withId("directory-tool").single()).selectItem("CRM (relation client)");
        assertThat(cards("ambassador-card")).hasSizeBetween(1, everyone - 1);
        Div hugo = cardWithTitle("ambassador-card", "Hugo Lefèvre");

        test(find(Button.class).from(hugo).withClassName("ask-button").single()).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Demander de l’aide à Hugo Lefèvre");
        @SuppressWarnings("unchecked")
        ComboBox<Object> tool = find(ComboBox.class).withId("ask-tool").single();
        assertThat(tool.getItemLabelGenerator().apply(test(tool).getSelected()))
                .as("the tool of the search comes filled in").isEqualTo("CRM (relation client)");
        Button send = find(Button.class).withId("ask-send").single();

        // an empty message is refused on the field, with its message; nothing is sent and the button works again
        int asked = requests.mine().size();
        test(send).click();
        TextArea message = find(TextArea.class).withId("ask-message").single();
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Écrivez quelques mots sur votre besoin.");
        assertThat(tool.isInvalid()).isFalse();
        assertThat(send.isEnabled()).isTrue();
        assertThat(requests.mine()).hasSize(asked);

        test(message).setValue("Je voudrais suivre mes relances clients dans le CRM.");
        test(send).click();
        assertThat(notifications()).contains("Demande envoyée à Hugo Lefèvre.");
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        @SuppressWarnings("unchecked")
        Grid<Object> mine = find(Grid.class).withId("my-requests").single();
        assertThat(test(mine).size()).isPositive();
        assertThat(test(mine).getCellText(0, 0)).isEqualTo("Hugo Lefèvre");
        DirectoryView view = find(DirectoryView.class).single();
        assertThat(view.getComponentAt(0).getId()).as("the person's own requests come first, before the directory")
                .contains("my-requests-section");
        assertThat(test(mine).getCellText(0, 4)).contains("relances clients");

        // Hugo declines it, so no open request is left in his inbox for the other tests on the demo company
        RunAs runAs = new RunAs(strategy);
        var sent = requests.mine().getFirst();
        Ambassador helper = runAs.system(() -> ambassadors.all()).stream()
                .filter(a -> a.id().equals(sent.ambassadorId())).findFirst().orElseThrow();
        assertThat(helper.name()).isEqualTo("Hugo Lefèvre");
        runAs.run(RunAs.user(organization.employee(helper.employeeId()).orElseThrow(), Role.AMBASSADOR),
                () -> requests.decline(sent.id()));
    }

    @Test
    @WithUserDetails(value = "employe@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_department_nobody_covers_shows_an_honest_empty_state_and_an_offer_to_help() {
        navigate(DirectoryView.class);
        test(find(ComboBox.class).withId("directory-department").single()).selectItem("Juridique");
        assertThat(cards("ambassador-card")).isEmpty();
        assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("Aucun ambassadeur ne correspond");
        assertThat(find(Button.class).withId("apply").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_ambassador_home_shows_the_month_against_availability_and_the_requests_to_answer() {
        navigate(AmbassadorHomeView.class);
        Div hours = find(Div.class).withId("hours-month").single();
        assertThat(find(Span.class).withClassName("figure-label").from(hours).single().getText())
                .isEqualTo("Heures ce mois-ci (sur 6 h disponibles)");
        assertThat(find(Button.class).withId("log-session").single().isVisible()).isTrue();
        assertThat(find(Button.class).withId("apply").exists()).isFalse();
        assertThat(find(Span.class).withClassName("badge").withText("★ Première séance").exists()).isTrue();

        List<Div> waiting = cards("request-card");
        assertThat(waiting).isNotEmpty();
        Div open = waiting.stream().filter(c -> find(Button.class).withClassName("accept-request").from(c).exists())
                .findFirst().orElseThrow();
        String who = find(H3.class).from(open).single().getText();
        test(find(Button.class).withClassName("accept-request").from(open).single()).click();
        assertThat(notifications()).contains("Demande acceptée : notez la séance une fois qu’elle a eu lieu.");
        Div accepted = cardWithTitle("request-card", who);
        assertThat(find(Button.class).withClassName("log-request").from(accepted).exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_who_is_not_an_ambassador_gets_an_explanation_not_an_error() {
        navigate(AmbassadorHomeView.class);
        assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("Vous n’êtes pas ambassadeur");
        navigate(CoachingLogView.class);
        assertThat(find(Button.class).withId("save-session").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_coaching_log_has_defaults_refuses_absurd_input_and_saves_once() {
        navigate(CoachingLogView.class);
        DatePicker date = find(DatePicker.class).withId("log-date").single();
        IntegerField minutes = find(IntegerField.class).withId("log-minutes").single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> department = find(ComboBox.class).withId("log-department").single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> format = find(RadioButtonGroup.class).withId("log-format").single();
        assertThat(date.getValue()).isEqualTo(LocalDate.now(clock));
        assertThat(minutes.getValue()).isEqualTo(30);
        assertThat((minutes.getValue() - minutes.getMin()) % minutes.getStep())
                .as("the default is a step of the field: the form opens valid").isZero();
        assertThat((minutes.getMax() - minutes.getMin()) % minutes.getStep()).as("the last step is the maximum")
                .isZero();
        assertThat(minutes.isInvalid()).isFalse();
        assertThat(format.getValue()).hasToString("ONE_TO_ONE");
        assertThat(test(department).getSelected()).hasToString(department.getValue().toString());
        assertThat(department.getItemLabelGenerator().apply(department.getValue())).isEqualTo("Service client");
        int before = coaching.mySessions().size();
        Button save = find(Button.class).withId("save-session").single();

        minutes.setValue(600);
        test(save).click();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).startsWith("Une séance dure 8 heures au plus");
        assertThat(save.isEnabled()).isTrue();

        // each refusal lands on its own field, and the field fixed meanwhile is no longer marked
        minutes.setValue(45);
        IntegerField people = find(IntegerField.class).withId("log-people").single();
        people.setValue(500);
        test(save).click();
        assertThat(people.isInvalid()).isTrue();
        assertThat(people.getErrorMessage()).isEqualTo("Entre 1 et 200 personnes.");
        assertThat(minutes.isInvalid()).isFalse();

        people.setValue(1);
        date.setValue(LocalDate.now(clock).plusDays(2));
        test(save).click();
        assertThat(date.isInvalid()).as("a refusal of the service lands on its field too").isTrue();
        assertThat(date.getErrorMessage()).startsWith("Une séance se note une fois qu’elle a eu lieu");
        assertThat(people.isInvalid()).isFalse();
        assertThat(coaching.mySessions()).hasSize(before);

        date.setValue(LocalDate.now(clock));
        test(department).selectItem("Juridique");
        assertThat(department.getHelperText()).contains("hors périmètre");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> tools = find(MultiSelectComboBox.class).withId("log-tools").single();
        test(tools).selectItem("Signature électronique");
        test(save).click();
        List<CoachingSession> after = coaching.mySessions();
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().entry().minutes()).isEqualTo(45);
        assertThat(after.getFirst().entry().tools()).containsExactly("e_signature");
        assertThat(after.getFirst().outsideCoverage()).isTrue();
        assertThat(currentView()).isInstanceOf(AmbassadorHomeView.class);

        // the demo's ambassador is left as found for the other tests on the demo company
        coaching.delete(after.getFirst().entry().id());
        assertThat(coaching.mySessions()).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_refused_profile_value_shows_its_message_on_its_own_field_and_saves_nothing() {
        Ambassador me = ambassadors.me().orElseThrow();
        navigate(AmbassadorHomeView.class);
        test(find(Button.class).withId("edit-profile").single()).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> departments = find(MultiSelectComboBox.class).withId("profile-departments")
                .single();
        IntegerField hours = find(IntegerField.class).withId("profile-hours").single();
        Button save = find(Button.class).withId("save-profile").single();

        hours.setValue(41);
        test(save).click();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Entre 1 et 40 heures par mois.");
        assertThat(departments.isInvalid()).isFalse();
        assertThat(save.isEnabled()).isTrue();

        hours.setValue(4);
        departments.clear();
        test(save).click();
        assertThat(departments.isInvalid()).isTrue();
        assertThat(departments.getErrorMessage()).isEqualTo("Choisissez au moins un service à accompagner.");
        assertThat(hours.isInvalid()).isFalse();

        assertThat(find(Dialog.class).single().isOpened()).as("the dialog stays open").isTrue();
        assertThat(ambassadors.me().orElseThrow().profile()).as("nothing saved").isEqualTo(me.profile());
        assertThat(ambassadors.myCoverageRequest()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_nominating_someone_with_a_refused_profile_sees_the_message_on_the_field() {
        int before = ambassadors.all().size();
        navigate(AmbassadorsView.class);
        test(find(Button.class).withId("nominate").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Employee> person = find(ComboBox.class).withId("nominate-employee").single();
        person.setValue(organization.findEmployees(new EmployeeFilter("", null), 0, 1).getFirst());
        IntegerField hours = find(IntegerField.class).withId("profile-hours").single();
        hours.setValue(0);
        test(find(Button.class).withId("nominate-save").single()).click();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Entre 1 et 40 heures par mois.");
        assertThat(person.isInvalid()).isFalse();
        assertThat(ambassadors.all()).as("nobody nominated").hasSize(before);
    }

    private Component currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component c
                ? c : null;
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_program_view_compares_support_functions_with_front_office_and_flags_uncovered_ones() {
        navigate(ProgramView.class);
        assertThat(find(Div.class).withId("kind-SUPPORT").exists()).isTrue();
        assertThat(find(Div.class).withId("kind-FRONT_OFFICE").exists()).isTrue();
        Div uncovered = find(Div.class).withId("uncovered").single();
        List<String> flagged = find(Span.class).withClassName("badge").from(uncovered).all().stream()
                .map(Span::getText).toList();
        assertThat(flagged).contains("⚠ Juridique · Fonction support", "⚠ Achats · Fonction support");
        @SuppressWarnings("unchecked")
        Grid<Object> coverage = find(Grid.class).withId("coverage-grid").single();
        assertThat(test(coverage).size()).isEqualTo(15);
        @SuppressWarnings("unchecked")
        Grid<Object> activity = find(Grid.class).withId("activity-grid").single();
        assertThat(test(activity).size()).isEqualTo(12);
        @SuppressWarnings("unchecked")
        Grid<Object> sessions = find(Grid.class).withId("sessions-grid").single();
        assertThat(test(sessions).size()).isPositive();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_sees_the_applications_and_every_ambassador() {
        navigate(AmbassadorsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> applications = find(Grid.class).withId("applications").single();
        assertThat(test(applications).size()).isGreaterThanOrEqualTo(2);
        @SuppressWarnings("unchecked")
        Grid<Object> all = find(Grid.class).withId("ambassadors-grid").single();
        assertThat(test(all).size()).isGreaterThanOrEqualTo(30);
        test(find(Button.class).withId("nominate").single()).click();
        test(find(Button.class).withId("nominate-save").single()).click();
        ComboBox<?> person = find(ComboBox.class).withId("nominate-employee").single();
        assertThat(person.isInvalid()).isTrue();
        assertThat(person.getErrorMessage()).isEqualTo("Choisissez un collaborateur.");
    }

    @Test
    @WithUserDetails(value = "ambassadeur@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_ambassador_asks_for_another_department_and_covers_the_same_ones_until_a_lead_decides() {
        navigate(AmbassadorHomeView.class);
        String covers = find(Paragraph.class).all().stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("Accompagne :")).findFirst().orElseThrow();
        assertThat(find(Paragraph.class).withId("coverage-request").exists()).isFalse();

        test(find(Button.class).withId("edit-profile").single()).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> departments = find(MultiSelectComboBox.class).withId("profile-departments")
                .single();
        assertThat(departments.getHelperText()).contains("responsable de la transformation");
        Object juridique = test(departments).getSuggestionItems().stream()
                .filter(d -> departments.getItemLabelGenerator().apply(d).equals("Juridique")).findFirst()
                .orElseThrow();
        int covered = departments.getValue().size();
        departments.select(juridique);
        test(find(Button.class).withId("save-profile").single()).click();

        assertThat(notifications()).contains("Profil enregistré. Les services demandés attendent l’accord d’un "
                + "responsable de la transformation.");
        assertThat(find(Paragraph.class).withId("coverage-request").single().getText()).contains("Juridique");
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText)).contains(covers);
        assertThat(ambassadors.grantedCoverage()).doesNotContain(organization.departments().stream()
                .filter(d -> d.name().equals("Juridique")).findFirst().orElseThrow().id());

        // withdrawn by saving the departments granted: the demo's ambassador is left as found
        test(find(Button.class).withId("edit-profile").single()).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> again = find(MultiSelectComboBox.class).withId("profile-departments").single();
        assertThat(again.getValue()).as("the pending request is what the form shows").hasSize(covered + 1)
                .contains(juridique);
        again.deselect(juridique);
        test(find(Button.class).withId("save-profile").single()).click();
        assertThat(ambassadors.myCoverageRequest()).isEmpty();
        assertThat(find(Paragraph.class).withId("coverage-request").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "lead@demo.symetrie.fr", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_lead_sees_a_coverage_request_and_decides_on_it() {
        Ambassador someone = ambassadors.all().stream().filter(a -> a.status() == AmbassadorStatus.ACTIVE
                && !a.name().equals("Hugo Lefèvre")).findFirst().orElseThrow();
        List<DepartmentId> asked = new java.util.ArrayList<>(someone.profile().departments());
        organization.departments().stream().map(d -> d.id()).filter(d -> !asked.contains(d)).findFirst()
                .ifPresent(asked::add);
        new RunAs(strategy).call(RunAs.user(organization.employee(someone.employeeId()).orElseThrow(),
                Role.AMBASSADOR), () -> ambassadors.updateProfile(someone.id(), new AmbassadorProfile(asked,
                someone.profile().tools(), someone.profile().topics(), someone.profile().monthlyHours())));

        navigate(AmbassadorsView.class);
        @SuppressWarnings("unchecked")
        Grid<CoverageRequest> requests = find(Grid.class).withId("coverage-requests").single();
        int row = -1;
        for (int i = 0; i < test(requests).size(); i++) {
            if (test(requests).getRow(i).ambassadorId().equals(someone.id())) {
                row = i;
            }
        }
        assertThat(row).as("the request is listed").isNotNegative();
        Component actions = test(requests).getCellComponent(row, 4);
        assertThat(find(Button.class).withClassName("approve-coverage").from(actions).exists()).isTrue();
        test(find(Button.class).withClassName("refuse-coverage").from(actions).single()).click();

        assertThat(notifications()).contains("Demande refusée : " + someone.name() + " garde les services accordés.");
        assertThat(ambassadors.coverageRequests()).noneMatch(r -> r.ambassadorId().equals(someone.id()));
        assertThat(ambassadors.all().stream().filter(a -> a.id().equals(someone.id())).findFirst().orElseThrow()
                .profile().departments()).isEqualTo(someone.profile().departments());
    }
}
