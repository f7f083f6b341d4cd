package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.security.internal.AccountDocument;
import app.symetrie.test.IntegrationTest;
import app.symetrie.test.RunAs;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/** Demo logins (well-known password) exist only in a demo, and an administrator can remove them. */
@IntegrationTest
@TestPropertySource(properties = "symetrie.test.context=demo-accounts") // a store of its own: the tests empty it
class DemoAccountsIT {

    @Autowired
    AccountService accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditLog audit;
    @Autowired
    SecurityContextHolderStrategy strategy;

    RunAs runAs;

    @BeforeEach
    void emptyStore() {
        mongo.remove(new Query(), AccountDocument.class);
        runAs = new RunAs(strategy);
    }

    @Test
    void demo_logins_are_created_only_while_the_store_holds_no_other_account() {
        assertThat(accounts.provisionDemoAccount(new Email("admin@demo.example"), "demo", Set.of(Role.ADMIN)))
                .isTrue();
        assertThat(accounts.provisionDemoAccount(new Email("lead@demo.example"), "demo", Set.of(Role.LEAD)))
                .isTrue();
        runAs.system(() -> accounts.grantAccess(new Email("it@partner.example"), EnumSet.of(Role.ADMIN),
                "a long password 000"));

        assertThat(accounts.provisionDemoAccount(new Email("employe@demo.example"), "demo", Set.of())).isFalse();
        assertThat(accounts.demoLogins()).extracting(AccountService.DemoLogin::email)
                .containsExactlyInAnyOrder("admin@demo.example", "lead@demo.example");
    }

    @Test
    void removing_the_demo_logins_needs_another_administrator_and_is_audited() {
        accounts.provisionDemoAccount(new Email("admin@demo.example"), "demo", Set.of(Role.ADMIN));
        accounts.provisionDemoAccount(new Email("employe@demo.example"), "demo", Set.of());

        assertThatThrownBy(() -> runAs.system(accounts::removeDemoAccounts))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("demo-removal-needs-admin");
        assertThat(accounts.demoAccountCount()).isEqualTo(2);

        runAs.system(() -> accounts.grantAccess(new Email("it@partner.example"), EnumSet.of(Role.ADMIN),
                "a long password 000"));
        assertThat(runAs.system(accounts::removeDemoAccounts)).isEqualTo(2);

        assertThat(accounts.hasDemoAccounts()).isFalse();
        assertThat(accounts.demoLogins()).isEmpty();
        assertThat(accounts.hasAdministrator()).isTrue();
        assertThat(runAs.system(() -> audit.latest(20))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("accounts.demo.removed");
            assertThat(e.detail()).startsWith("2 ");
        });
    }

    @Test
    void only_an_administrator_removes_the_demo_logins() {
        SignedInUser lead = new SignedInUser("lead@partner.example", "Lead", "", Role.expand(Set.of(Role.LEAD)),
                null, null, Locale.FRENCH, true);
        assertThatThrownBy(() -> runAs.call(lead, accounts::removeDemoAccounts))
                .isInstanceOf(AccessDeniedException.class);
    }
}
