package app.symetrie.security;

import app.symetrie.common.Unrestricted;
import app.symetrie.audit.AuditLog;
import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.internal.AccountUserDetailsService;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Single sign-on with OpenID Connect (docs/decisions/012-sign-in.md). The identity provider says who the person is;
 * the organization says whether they may come in: the e-mail claim ({@code symetrie.sso.email-claim}, default
 * {@code email}) must be an employee's address (matched case-insensitively) or a break-glass account's. Anyone else
 * is refused — nothing is created for them. Optionally, the provider's groups ({@code symetrie.sso.groups-claim},
 * default {@code groups}) map to LEAD ({@code symetrie.sso.lead-groups}) and ADMIN ({@code symetrie.sso.admin-groups}),
 * read again at each SSO sign-in.
 */
@Service
public class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code of a refusal because the person is not in the organization. */
    public static final String UNKNOWN_PERSON = "person_unknown";

    /** An SSO provider as the login page offers it. */
    public record Provider(String registrationId, String name) {
    }

    private final OidcUserService delegate = new OidcUserService();
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final AccountUserDetailsService users;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Environment environment;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, AccountUserDetailsService users,
                 AccountService accounts, AuditLog audit, Environment environment) {
        this.registrations = registrations;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.environment = environment;
    }

    /** The configured providers, in configuration order; empty when SSO is off. */
    @PreAuthorize("permitAll()")
    public List<Provider> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (!(repository instanceof Iterable<?> all)) {
            return List.of();
        }
        return StreamSupport.stream(all.spliterator(), false)
                .filter(ClientRegistration.class::isInstance).map(ClientRegistration.class::cast)
                .filter(r -> r.getScopes().contains("openid"))
                .map(r -> new Provider(r.getRegistrationId(), r.getClientName())).toList();
    }

    @Override
    @Unrestricted("Spring Security, during an SSO sign-in, before anyone is signed in")
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        SignedInUser user = match(oidc.getClaims());
        return new Matched(oidc, user);
    }

    /**
     * The person these claims name, with their access as the organization and the group mapping give it.
     *
     * @throws OAuth2AuthenticationException {@value #UNKNOWN_PERSON} when the e-mail is missing, unverified, not an
     *                                       employee's, or the person's access is blocked
     */
    @PreAuthorize("permitAll()")
    public SignedInUser match(Map<String, Object> claims) {
        String claim = environment.getProperty("symetrie.sso.email-claim", "email");
        Object value = claims.get(claim);
        String address = value instanceof Collection<?> many && !many.isEmpty() ? String.valueOf(many.iterator().next())
                : value == null ? "" : String.valueOf(value);
        if (!Email.isValid(address) || Boolean.FALSE.equals(claims.get("email_verified"))) {
            audit.record("signin.sso.refused", "no usable e-mail in claim " + claim);
            throw refusal();
        }
        Email email = new Email(address);
        Optional<SignedInUser> person = users.identity(email);
        if (person.isEmpty() || !person.get().isEnabled()) {
            audit.record("signin.sso.refused", email.value());
            throw refusal();
        }
        if (groupMappingConfigured()) {
            accounts.syncDirectoryRoles(email, rolesFromGroups(claims));
            person = users.identity(email);
        }
        return person.orElseThrow(SingleSignOn::refusal);
    }

    private static OAuth2AuthenticationException refusal() {
        return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON));
    }

    private boolean groupMappingConfigured() {
        return !groups("symetrie.sso.lead-groups").isEmpty() || !groups("symetrie.sso.admin-groups").isEmpty();
    }

    Set<Role> rolesFromGroups(Map<String, Object> claims) {
        Object value = claims.get(environment.getProperty("symetrie.sso.groups-claim", "groups"));
        List<String> held = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(g -> held.add(String.valueOf(g)));
        } else if (value != null) {
            held.add(String.valueOf(value));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (held.stream().anyMatch(groups("symetrie.sso.lead-groups")::contains)) {
            roles.add(Role.LEAD);
        }
        if (held.stream().anyMatch(groups("symetrie.sso.admin-groups")::contains)) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    private List<String> groups(String property) {
        return Arrays.stream(environment.getProperty(property, "").split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).toList();
    }

    /** The provider's user, carrying the person it was matched to until the sign-in puts that person in the session. */
    static final class Matched extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser user;

        Matched(OidcUser oidc, SignedInUser user) {
            super(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        SignedInUser user() {
            return user;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
