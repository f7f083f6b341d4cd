package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Done means (issue 4): an employee enrols in a full session (waiting list) and is promoted when someone cancels.
 * In the demo company the next "Tableur" session is full, with Nathalie Moreau (manager@…) holding a seat.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingJourneyIT extends BrowserJourney {

    static final String COURSE = "Tableur : tableaux croisés dynamiques";

    Locator card() {
        return page.locator(".session-card").filter(new Locator.FilterOptions().setHasText(COURSE));
    }

    @Test
    void an_employee_joins_the_waiting_list_of_a_full_session_and_gets_the_seat_when_someone_cancels() {
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.locator("vaadin-side-nav-item[path='training']").click();
        assertThat(page.locator("#recommended")).containsText("Votre service a du mal avec");
        assertThat(card()).hasCount(1);
        assertThat(card().locator(".seats")).containsText("Complet");
        card().locator(".enrol").click();
        assertThat(page.getByText("vous êtes numéro 1 sur la liste d’attente")).isVisible();
        assertThat(card()).containsText("Liste d’attente : position 1");
        assertThat(card().locator(".cancel-enrolment")).hasText("Quitter la liste d’attente");
        screenshot("training-waitlisted");

        // Nathalie cannot come after all
        newSession(1280, 800);
        signIn("manager@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/training"));
        assertThat(card()).containsText("Inscrit");
        card().locator(".cancel-enrolment").click();
        assertThat(page.getByText("Votre place est libérée pour un collègue.")).isVisible();
        assertThat(card().locator(".seats")).containsText("Complet · 0 en attente");
        screenshot("training-cancelled");

        // Camille, on her phone, finds the seat is hers
        newSession(390, 844);
        signIn("employe@demo.symetrie.fr");
        assertThat(page.locator("#home-hello")).isVisible();
        page.navigate(url("/training"));
        assertThat(page.locator("#notices .notice.unread")).containsText("Une place s’est libérée : vous êtes "
                + "maintenant inscrit à « " + COURSE + " »");
        assertThat(card()).containsText("Inscrit");
        assertThat(card().locator(".cancel-enrolment")).hasText("Annuler mon inscription");
        org.assertj.core.api.Assertions.assertThat(overflowsHorizontally()).as("training page on a phone").isFalse();
        screenshot("training-promoted-phone");

        // the calendar file downloads
        var download = page.waitForDownload(() -> card().locator("a.ics").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("tableur-tableaux-croises-dynamiques.ics");
    }
}
