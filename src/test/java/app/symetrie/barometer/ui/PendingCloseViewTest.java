package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.BarometerFixture;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.Wave;
import app.symetrie.base.ui.HomeView;
import app.symetrie.common.Role;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.OrganizationService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Decision 022: while a close by hand can still be undone, the wave refuses answers — the employee's home and their
 * barometer page say it is closing rather than inviting them to answer; once reopened they invite again.
 */
@WithDemoCompany
class PendingCloseViewTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganizationService organization;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    @Test
    void a_wave_whose_close_is_pending_is_shown_as_closing_not_open() {
        List<Employee> people = BarometerFixture.department(organization, "Clôture en attente",
                DepartmentKind.SUPPORT, 3);
        Campaign campaign = BarometerFixture.as(Role.LEAD, () -> campaigns.saveCampaign(BarometerFixture.campaign(
                "Clôture en attente", LocalDate.now(clock).plusYears(1), List.of(people.getFirst().departmentId()))));
        Wave wave = BarometerFixture.as(Role.LEAD, () -> campaigns.openNow(campaign.id()));
        BarometerFixture.as(Role.LEAD, () -> campaigns.scheduleClose(wave.id()));
        try {
            var me = RunAs.user(people.getFirst());
            var context = security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                    me.getAuthorities()));
            security.setContext(context);
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            UI.getCurrent().setLocale(Locale.FRENCH);

            navigate(HomeView.class);
            Div card = find(Div.class).withId("home-barometer").single();
            assertThat(card.getClassNames()).contains("barometer-closing");
            assertThat(find(Paragraph.class).from(card).single().getText())
                    .startsWith("Le baromètre est en cours de clôture : les réponses ne sont plus acceptées");
            assertThat(find(Div.class).withId("barometer-banner").all()).as("no visible banner inviting to answer")
                    .isEmpty();

            navigate(MyBarometerView.class);
            assertThat(find(Div.class).withId("barometer-closing").single().getElement().getTextRecursively())
                    .contains("Ce baromètre est en cours de clôture");
            assertThat(find(SurveyForm.class).all()).isEmpty();

            BarometerFixture.as(Role.LEAD, () -> campaigns.reopen(wave.id()));
            navigate(HomeView.class);
            assertThat(find(Div.class).withId("home-barometer").single().getClassNames())
                    .doesNotContain("barometer-closing");
            navigate(MyBarometerView.class);
            assertThat(find(SurveyForm.class).all()).as("reopened: the questions again").hasSize(1);
        } finally {
            BarometerFixture.as(Role.LEAD, () -> campaigns.closeNow(wave.id()));
            security.clearContext();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
