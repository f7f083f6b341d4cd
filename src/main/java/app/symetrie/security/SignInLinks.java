package app.symetrie.security;

import app.symetrie.common.PublicUrl;
import app.symetrie.audit.AuditLog;
import app.symetrie.common.AppMessages;
import app.symetrie.common.Email;
import app.symetrie.common.UserFacingException;
import app.symetrie.mail.MailService;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.security.internal.MongoOneTimeTokenService;
import app.symetrie.security.internal.SignInThrottle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.stereotype.Service;

/**
 * Sign-in links by e-mail (docs/decisions/012-sign-in.md): a person types their work e-mail and, when it belongs to
 * someone who may sign in, receives a single-use link valid {@value #VALIDITY_MINUTES} minutes, through the mail
 * service (kept in the outbox without SMTP). The caller learns nothing about whether the address exists: the answer
 * and the throttle are the same for every address. Following the link goes through Spring Security's one-time-token
 * login ({@code POST /login/ott}), with the tokens in MongoDB.
 */
@Service
public class SignInLinks {

    public static final int VALIDITY_MINUTES = 15;
    /** The route of the page a link opens (a button there signs in: mail scanners that follow links sign in nobody). */
    public static final String LINK_PATH = "login/link";

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);

    private final AccountUserDetailsService users;
    private final MongoOneTimeTokenService tokens;
    private final SignInThrottle throttle;
    private final MailService mail;
    private final AuditLog audit;
    private final Environment environment;
    private final PublicUrl publicUrl;

    SignInLinks(AccountUserDetailsService users, MongoOneTimeTokenService tokens, SignInThrottle throttle,
                MailService mail, AuditLog audit, Environment environment, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.mail = mail;
        this.audit = audit;
        this.environment = environment;
    }

    /** Whether the login page offers sign-in links ({@code symetrie.sign-in.links.enabled}, on by default). */
    @PreAuthorize("permitAll()")
    public boolean enabled() {
        return environment.getProperty("symetrie.sign-in.links.enabled", Boolean.class, true);
    }

    /**
     * Asks for a sign-in link. Throws {@code error.email.*} for what is not an e-mail address and
     * {@code login.link.throttled} when this address or this client asked too often; otherwise returns the same way
     * whether or not a link was sent.
     *
     * @param client the client's address, for the per-client limit
     */
    @PreAuthorize("permitAll()")
    public void request(String address, String client) {
        if (!enabled()) {
            throw new UserFacingException("login.link.disabled");
        }
        Email email;
        try {
            email = new Email(address);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(java.util.Objects.requireNonNullElse(e.getMessage(), "error.email.invalid"));
        }
        int perClient = environment.getProperty("symetrie.sign-in.links.per-client-per-minute", Integer.class, 10);
        int perAddress = environment.getProperty("symetrie.sign-in.links.per-address-per-hour", Integer.class, 3);
        if (!throttle.tryAcquire("link-client", client, perClient, Duration.ofMinutes(1))
                || !throttle.tryAcquire("link-address", email.value(), perAddress, Duration.ofHours(1))) {
            throw new UserFacingException("login.link.throttled");
        }
        Optional<SignedInUser> person = users.identity(email).filter(SignedInUser::isEnabled);
        if (person.isEmpty()) {
            // nobody to send it to; the caller is told the same thing as when it is sent
            audit.record("signin.link.unknown", "");
            return;
        }
        OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(email.value(),
                Duration.ofMinutes(VALIDITY_MINUTES)));
        String link = publicUrl() + "/" + LINK_PATH + "?token="
                + URLEncoder.encode(token.getTokenValue(), StandardCharsets.UTF_8);
        SignedInUser user = person.get();
        mail.send(email, AppMessages.get(user.locale(), "mail.signin.subject"),
                AppMessages.get(user.locale(), "mail.signin.body", user.displayName(), link, VALIDITY_MINUTES),
                MongoOneTimeTokenService.mailTag(token.getTokenValue()));
        audit.record("signin.link.sent", email.value());
        log.debug("Sign-in link sent");
    }

    String publicUrl() {
        return publicUrl.get();
    }
}
