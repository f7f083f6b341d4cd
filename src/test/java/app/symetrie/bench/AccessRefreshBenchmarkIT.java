package app.symetrie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.security.SessionAccess;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.WithDemoCompany;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Prints what reading a session's access again costs — what every request of a signed-in session pays
 * (docs/decisions/008-access-read-per-request.md). Figures, not assertions on time: see docs/PERFORMANCE.md.
 */
@Tag("benchmark")
@WithDemoCompany
class AccessRefreshBenchmarkIT {

    @Autowired
    SessionAccess access;
    @Autowired
    AccountUserDetailsService users;

    @Test
    void reading_a_session_s_access_again() {
        for (String login : List.of("employe", "ambassadeur", "manager", "lead", "admin")) {
            SignedInUser user = (SignedInUser) users.loadUserByUsername(login + "@demo.symetrie.fr");
            Authentication session = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities());
            for (int i = 0; i < 500; i++) { // warm-up
                access.refresh(session);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                long start = System.nanoTime();
                assertThat(access.refresh(session)).containsSame(session);
                micros.add((System.nanoTime() - start) / 1_000);
            }
            Collections.sort(micros);
            System.out.printf("BENCH access refresh, unchanged session of %-12s median %5d µs  p99 %5d µs  "
                    + "max %6d µs  (%d runs)%n", login + "@", micros.get(micros.size() / 2),
                    micros.get(micros.size() * 99 / 100), micros.getLast(), micros.size());
        }
    }
}
