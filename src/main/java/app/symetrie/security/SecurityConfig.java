package app.symetrie.security;

import app.symetrie.audit.AuditLog;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.security.internal.MongoOneTimeTokenService;
import app.symetrie.security.internal.SignInThrottle;
import app.symetrie.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The ways in (docs/decisions/012-sign-in.md): single sign-on with OpenID Connect when providers are configured
 * ({@code spring.security.oauth2.client.registration.*}), sign-in links by e-mail (one-time tokens), and the password
 * form of the Vaadin login view for break-glass administrators and demo logins (throttled:
 * {@link ThrottledPasswordSignIn}); BCrypt passwords, method security for the services, each session's access read
 * again at each request ({@link AccessRefreshFilter}), and the security headers of docs/OPERATIONS.md. CSRF: Vaadin's
 * UI requests carry Vaadin's per-UI token, sign-in links Spring's, and the password form's POST, which Vaadin's
 * configurer exempts, is checked by {@link LoginFormCsrfFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionAccess access,
                                            ObjectProvider<SecurityContextHolderStrategy> strategies,
                                            AccountUserDetailsService users, MongoOneTimeTokenService tokens,
                                            SignInLinks links, SingleSignOn sso, AuditLog audit,
                                            @Value("${symetrie.security.content-security-policy}") String csp)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/images/**", "/styles.css").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        // A page the browser asks for at an address that is no route: the not-found page in the person's language,
        // not the browser's bare 403 (requests of the UI itself keep their status).
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor((request, response, denied) ->
                response.sendRedirect(request.getContextPath() + "/not-found"), request ->
                "GET".equals(request.getMethod()) && String.valueOf(request.getHeader("Accept")).contains("text/html")
                        && request.getParameter("v-r") == null));
        // Spring Security's default repository, named so that the refresh writes where sign-in wrote
        SecurityContextRepository repository = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.securityContext(context -> context.securityContextRepository(repository));
        SecurityContextHolderStrategy holder = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        if (!sso.providers().isEmpty()) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso))
                    .successHandler(SignInHandlers.sso(holder, repository, audit))
                    .failureHandler(SignInHandlers.ssoFailure()));
        }
        if (links.enabled()) {
            // Links are asked for on the login page (SignInLinks: throttled, same answer for every address), never
            // through Spring's generation endpoint; following one posts its token to /login/ott.
            http.oneTimeTokenLogin(ott -> ott.tokenService(tokens)
                    .authenticationProvider(new OneTimeTokenAuthenticationProvider(tokens, username -> {
                        UserDetails user = users.loadUserByUsername(username);
                        if (!user.isEnabled()) {
                            throw new DisabledException("access blocked");
                        }
                        return user;
                    }))
                    .generateRequestResolver(request -> null)
                    .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                    .showDefaultSubmitPage(false)
                    .loginPage("/login")
                    .loginProcessingUrl("/login/ott") // loginPage() would otherwise make it /login, the password form's
                    .authenticationSuccessHandler(SignInHandlers.link(audit))
                    .authenticationFailureHandler(SignInHandlers.linkFailure()));
        }
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        var staticFiles = new OrRequestMatcher(VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher(),
                paths.matcher("/VAADIN/build/**"), paths.matcher("/images/**"));
        // Headers (README "Security defaults"): Spring Security's defaults (nosniff, X-Frame-Options DENY, HSTS on
        // TLS) plus a CSP Vaadin works under, no referrer leaving the site, no-store on pages and the UI's requests
        // but not on the static bundles, which the browser may cache.
        // Written before the request runs: Vaadin forwards pages to its servlet, whose response is committed
        // outside Spring's response wrapper, so headers written at commit time would be lost.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(staticFiles),
                        new CacheControlHeadersWriter())));
        http.addFilterAfter(new LoginFormCsrfFilter(), CsrfFilter.class);
        http.addFilterAfter(new AccessRefreshFilter(access, repository, holder, staticFiles),
                SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * The password form: only accounts with a password (break-glass administrators, demo logins; administrators only
     * once SSO is on). Being the one authentication provider bean, it is also what Boot's global manager uses, so no
     * other way checks passwords.
     */
    @Bean
    AuthenticationProvider passwordSignIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                          SignInThrottle throttle, AuditLog audit, Environment environment) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users.passwords());
        provider.setPasswordEncoder(passwordEncoder);
        return new ThrottledPasswordSignIn(provider, throttle, audit,
                environment.getProperty("symetrie.sign-in.password.failures-per-address", Integer.class, 5),
                environment.getProperty("symetrie.sign-in.password.failures-per-client", Integer.class, 50),
                environment.getProperty("symetrie.sign-in.password.lock-out", Duration.class,
                        Duration.ofMinutes(15)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
