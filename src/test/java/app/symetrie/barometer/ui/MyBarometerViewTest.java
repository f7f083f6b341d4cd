package app.symetrie.barometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.BarometerService;
import app.symetrie.test.WithDemoCompany;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The barometer's answer in progress without a browser: what the view hands the browser to keep, and what it accepts
 * back. The browser's side (local storage, sign-out) is in {@code SharedBrowserJourneyIT}. Nobody submits here: the demo
 * people stay invited for the other tests sharing the demo company.
 */
@WithDemoCompany
class MyBarometerViewTest extends SpringBrowserlessTest {

    private static final String CAMILLE = "employe@demo.symetrie.fr";
    private static final String NATHALIE = "manager@demo.symetrie.fr";
    private static final String COMMENT = "Le VPN de Camille coupe tous les matins.";

    @Autowired
    BarometerService barometer;

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private String openWave() {
        return barometer.mine().wave().id().value();
    }

    /** The JavaScript calls queued for the browser since the last look, with their string arguments. */
    private List<Call> calls() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream().map(Call::new).toList();
    }

    private record Call(PendingJavaScriptInvocation invocation, String expression, List<String> strings) {
        Call(PendingJavaScriptInvocation invocation) {
            this(invocation, invocation.getInvocation().getExpression(), invocation.getInvocation().getParameters()
                    .stream().filter(String.class::isInstance).map(String.class::cast).toList());
        }
    }

    private Call restoreCall(List<Call> calls) {
        return calls.stream().filter(c -> c.expression().contains("getItem")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> firstStatement() {
        return find(RadioButtonGroup.class).withClassName("likert").first();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_browser_keeps_only_a_sealed_draft_under_a_name_that_does_not_say_whose() {
        navigate(MyBarometerView.class);
        calls();
        test(firstStatement()).selectItem("plutôt d’accord"); // 4
        test(find(TextArea.class).withId("barometer-comment").single()).setValue(COMMENT);

        Call write = calls().stream().filter(c -> c.expression().contains("setItem")).reduce((a, b) -> b).orElseThrow();
        String name = write.strings().get(0);
        String blob = write.strings().get(1);
        assertThat(name).startsWith(DraftSeal.SLOT_PREFIX).doesNotContain("employe", "Camille", openWave());
        assertThat(blob).doesNotContain("VPN", "s:", openWave());

        DraftSeal sessionKeys = DraftSeal.ofSession(VaadinSession.getCurrent(), CAMILLE);
        assertThat(name).isEqualTo(sessionKeys.slot(openWave()));
        DraftCodec.Draft kept = DraftCodec.decode(sessionKeys.open(openWave(), blob).orElseThrow());
        assertThat(kept.comment()).isEqualTo(COMMENT);
        assertThat(kept.scores()).containsValue(4);
    }

    @Test
    @WithUserDetails(value = CAMILLE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_owner_gets_their_draft_back_within_the_session() {
        DraftSeal sessionKeys = DraftSeal.ofSession(VaadinSession.getCurrent(), CAMILLE);
        navigate(MyBarometerView.class);
        String code = firstStatement().getId().orElseThrow().substring(2).replace('-', '.');
        String draft = DraftCodec.encode(new DraftCodec.Draft(java.util.Map.of(code, 2), java.util.Map.of(),
                java.util.Map.of(), java.util.Set.of(), 8, COMMENT));

        Call restore = restoreCall(calls());
        assertThat(restore.strings()).contains(DraftSeal.SLOT_PREFIX, sessionKeys.slot(openWave()));
        restore.invocation().complete(JsonNodeFactory.instance.stringNode(sessionKeys.seal(openWave(), draft)));

        assertThat(firstStatement().getValue()).isEqualTo(2);
        assertThat(find(TextArea.class).withId("barometer-comment").single().getValue()).isEqualTo(COMMENT);
        assertThat(notifications()).contains("Vos réponses en cours ont été restaurées.");
    }

    @Test
    @WithUserDetails(value = NATHALIE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_draft_sealed_for_someone_else_is_dropped_silently_and_removed() {
        navigate(MyBarometerView.class);
        String slot = DraftSeal.ofSession(VaadinSession.getCurrent(), NATHALIE).slot(openWave());
        // Camille's draft, sealed in her own session, found under Nathalie's name (copied there, or a tampered blob).
        String camilles = DraftSeal.newFor(CAMILLE).seal(openWave(), DraftCodec.encode(new DraftCodec.Draft(
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Set.of(), 3, COMMENT)));

        restoreCall(calls()).invocation().complete(JsonNodeFactory.instance.stringNode(camilles));

        assertThat(find(TextArea.class).withId("barometer-comment").single().getValue()).isEmpty();
        assertThat(notifications()).isEmpty();
        assertThat(calls()).anySatisfy(c -> {
            assertThat(c.expression()).contains("removeItem");
            assertThat(c.strings()).contains(slot);
        });
    }

    @Test
    @WithUserDetails(value = NATHALIE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void keys_left_in_the_session_by_another_account_are_not_reused() {
        DraftSeal camilles = DraftSeal.ofSession(VaadinSession.getCurrent(), CAMILLE);
        navigate(MyBarometerView.class);
        DraftSeal nathalies = DraftSeal.ofSession(VaadinSession.getCurrent(), NATHALIE);
        assertThat(nathalies).isNotSameAs(camilles);
        assertThat(restoreCall(calls()).strings()).contains(nathalies.slot(openWave()))
                .doesNotContain(camilles.slot(openWave()));
    }
}
