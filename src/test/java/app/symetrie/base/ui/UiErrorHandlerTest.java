package app.symetrie.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class UiErrorHandlerTest {

    @Test
    void the_cause_the_person_can_act_on_is_found_however_deeply_it_is_wrapped() {
        UserFacingException refusal = new UserFacingException("barometer.error.closed");
        RuntimeException wrapped = new IllegalStateException("listener", new RuntimeException("rpc", refusal));
        assertThat(UiErrorHandler.find(wrapped, UserFacingException.class)).isSameAs(refusal);
        AccessDeniedException denied = new AccessDeniedException("no");
        assertThat(UiErrorHandler.find(new RuntimeException(denied), AccessDeniedException.class)).isSameAs(denied);
        assertThat(UiErrorHandler.find(new IllegalStateException("other"), UserFacingException.class)).isNull();
        assertThat(UiErrorHandler.find(null, UserFacingException.class)).isNull();
    }
}
