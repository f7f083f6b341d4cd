package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.common.Ids;
import app.symetrie.security.internal.AccountDocument;
import app.symetrie.security.internal.AccountRepository;
import app.symetrie.security.internal.AccountUserDetailsService;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import app.symetrie.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** The first administrator comes from configuration, with a hashed password and no demo listing. */
@IntegrationTest
@TestPropertySource(properties = {"symetrie.admin.email=First.Admin@Company.example",
        "symetrie.admin.password=correct horse battery"})
class AdminBootstrapIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccountRepository repository;

    @Test
    void the_configured_administrator_exists_with_a_hashed_password() {
        assertThat(accounts.hasAdministrator()).isTrue();
        assertThat(accounts.hasDemoAccounts()).isFalse();
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("first.admin@company.example");
        assertThat(admin.roles()).contains(Role.ADMIN, Role.LEAD);
        assertThat(admin.getPassword()).startsWith("$2").doesNotContain("correct horse");
        assertThat(passwordEncoder.matches("correct horse battery", admin.getPassword())).isTrue();
        // Not an employee of the organization: signs in, but belongs to no department.
        assertThat(admin.departmentId()).isNull();
    }

    @Test
    void unknown_or_malformed_logins_are_refused_the_same_way() {
        assertThatThrownBy(() -> users.loadUserByUsername("nobody@company.example"))
                .isInstanceOf(UsernameNotFoundException.class).hasMessage("bad credentials");
        assertThatThrownBy(() -> users.loadUserByUsername("not an email"))
                .isInstanceOf(UsernameNotFoundException.class).hasMessage("bad credentials");
    }

    @Test
    void with_an_administrator_configured_no_demo_login_is_created_listed_or_accepted() {
        assertThat(accounts.provisionDemoAccount(new Email("admin@demo.example"), "demo", Set.of(Role.ADMIN)))
                .isFalse();
        assertThat(accounts.hasDemoAccounts()).isFalse();
        // one left from an earlier demo (written directly, as an older version would have)
        repository.save(new AccountDocument(Ids.random(), "old.demo@demo.example", passwordEncoder.encode("demo"),
                EnumSet.of(Role.ADMIN), true, true, null, Map.of(), EnumSet.noneOf(Role.class)));
        try {
            assertThat(accounts.demoLogins()).isEmpty();
            assertThatThrownBy(() -> users.passwords().loadUserByUsername("old.demo@demo.example"))
                    .isInstanceOf(UsernameNotFoundException.class).hasMessage("bad credentials");
        } finally {
            repository.deleteAll(repository.findByDemoTrueOrderByEmail());
        }
    }

    @Test
    void a_short_first_password_is_refused() {
        assertThatThrownBy(() -> accounts.provisionAdministrator(new Email("x@company.example"), "short"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
