package app.symetrie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.symetrie.mail.internal.OutboxDocument;
import app.symetrie.test.WithDemoCompany;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Issue 9, way in 3: the demo outbox holds the open wave's invitations; a person who never signs in opens their
 * personal link on a phone, answers, is thanked; the same link opened again says only that it was used.
 */
@WithDemoCompany
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyLinkJourneyIT extends BrowserJourney {

    private static final Pattern LINK = Pattern.compile("/answer/[A-Za-z0-9_-]{43}");

    @Autowired
    MongoTemplate mongo;

    @Test
    void an_invited_person_answers_from_the_link_in_their_invitation_and_the_link_then_says_already_used() {
        // The administrator sees the invitations in the outbox
        signIn("admin@demo.symetrie.fr");
        page.navigate(url("/outbox"));
        assertThat(page.getByText("Votre baromètre du confort numérique est ouvert").first()).isVisible();
        screenshot("outbox-invitations");

        // One of them, for someone who is not a demo login (the other journeys answer as those)
        OutboxDocument invitation = mongo.find(Query.query(Criteria.where("tag").regex("^invitation:")),
                OutboxDocument.class).stream()
                .filter(m -> List.of("employe@", "manager@", "lead@", "admin@", "ambassadeur@").stream()
                        .noneMatch(m.to()::startsWith))
                .findFirst().orElseThrow();
        Matcher link = LINK.matcher(invitation.body());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        String path = link.group();

        // On a phone, not signed in
        newSession(390, 844);
        page.navigate(url(path));
        assertThat(page.locator("#barometer-submit")).isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        screenshot("survey-link-phone");
        Locator groups = page.locator("vaadin-radio-group.likert");
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i).locator("vaadin-radio-button").nth(3).click();
        }
        Locator frequencies = page.locator("vaadin-radio-group.tool-frequency");
        for (int i = 0; i < frequencies.count(); i++) {
            frequencies.nth(i).locator("vaadin-radio-button").nth(0).click(); // "never": no comfort asked
        }
        page.locator(".chips .chip").first().click();
        page.locator("#nps-8").click();
        page.locator("#barometer-submit").click();
        assertThat(page.locator("#barometer-thanks")).isVisible();
        screenshot("survey-link-thanks");

        // The link again (forwarded, or opened twice): already used, nothing else
        page.navigate(url(path));
        assertThat(page.locator("#survey-link-used")).isVisible();
        assertThat(page.locator("#barometer-submit")).hasCount(0);
        screenshot("survey-link-used");

        // A guessed link: the same page for every unknown or expired link
        page.navigate(url("/answer/" + "A".repeat(43)));
        assertThat(page.locator("#survey-link-invalid")).isVisible();
    }
}
