package app.symetrie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.test.context.TestPropertySource;

/**
 * Matching an identity provider's claims to the organization, with a configured claim name (as on Entra ID) and the
 * groups mapped to LEAD and ADMIN. The whole flow against a real provider is the browser journey SsoJourneyIT.
 */
@WithDemoCompany
@TestPropertySource(properties = {"symetrie.sso.email-claim=upn", "symetrie.sso.groups-claim=roles",
        "symetrie.sso.lead-groups=symetrie-leads, transformation", "symetrie.sso.admin-groups=symetrie-admins"})
class SingleSignOnIT {

    @Autowired
    SingleSignOn sso;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy strategy;

    @Test
    void the_configured_claim_matches_an_employee_case_insensitively() {
        SignedInUser user = sso.match(Map.of("upn", "Employe@DEMO.symetrie.fr", "email", "other@x.example"));
        assertThat(user.email()).isEqualTo("employe@demo.symetrie.fr");
        assertThat(user.displayName()).isEqualTo("Camille Durand");
        assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void an_unknown_or_missing_or_unverified_email_is_refused_and_nothing_is_created() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of("upn", "stranger@elsewhere.example"),
                Map.of("email", "employe@demo.symetrie.fr"),
                Map.of("upn", "employe@demo.symetrie.fr", "email_verified", false))) {
            assertThatThrownBy(() -> sso.match(claims)).isInstanceOf(OAuth2AuthenticationException.class)
                    .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                    .isEqualTo(SingleSignOn.UNKNOWN_PERSON);
        }
        assertThat(mongo.exists(Query.query(Criteria.where("email").is("stranger@elsewhere.example")), "accounts"))
                .isFalse();
        var refused = new RunAs(strategy).system(() -> audit.latest(20)).stream()
                .filter(e -> e.action().equals("signin.sso.refused")).toList();
        assertThat(refused).anyMatch(e -> e.detail().equals("stranger@elsewhere.example"));
    }

    @Test
    void the_providers_groups_give_lead_and_admin_and_taking_the_group_away_takes_the_role_away() {
        SignedInUser lead = sso.match(Map.of("upn", "ambassadeur@demo.symetrie.fr",
                "roles", List.of("everyone", "transformation")));
        assertThat(lead.roles()).contains(Role.LEAD).doesNotContain(Role.ADMIN);
        // read per request like a granted role
        assertThat(users.identity(new Email("ambassadeur@demo.symetrie.fr")).orElseThrow().roles()).contains(Role.LEAD);

        SignedInUser admin = sso.match(Map.of("upn", "ambassadeur@demo.symetrie.fr", "roles", "symetrie-admins"));
        assertThat(admin.roles()).contains(Role.ADMIN);

        SignedInUser plain = sso.match(Map.of("upn", "ambassadeur@demo.symetrie.fr", "roles", List.of()));
        assertThat(plain.roles()).doesNotContain(Role.LEAD, Role.ADMIN).contains(Role.AMBASSADOR);
    }

    @Test
    void a_blocked_person_is_refused() {
        RunAs runAs = new RunAs(strategy);
        Email email = new Email("manager@demo.symetrie.fr");
        runAs.system(() -> accounts.setEnabled(email, false));
        try {
            assertThatThrownBy(() -> sso.match(Map.of("upn", email.value())))
                    .isInstanceOf(OAuth2AuthenticationException.class);
        } finally {
            runAs.system(() -> accounts.setEnabled(email, true));
        }
        assertThat(sso.match(Map.of("upn", email.value())).roles()).contains(Role.MANAGER);
    }
}
