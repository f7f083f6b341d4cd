package app.symetrie.security;

import app.symetrie.common.Email;
import app.symetrie.store.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first administrator comes from configuration ({@code SYMETRIE_ADMIN_EMAIL}, {@code SYMETRIE_ADMIN_PASSWORD}),
 * once, when the store has no administrator yet. There is no default password: without configuration, the log says
 * what to set.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final Environment environment;

    AdminBootstrap(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        StoreUnavailable.atStartup("the first administrator check", this::provision);
    }

    private void provision() {
        if (accounts.hasAdministrator()) {
            return;
        }
        String email = environment.getProperty("symetrie.admin.email", "");
        String password = environment.getProperty("symetrie.admin.password", "");
        if (email.isBlank() || password.isBlank()) {
            log.warn("No administrator account yet: set symetrie.admin.email and symetrie.admin.password "
                    + "(SYMETRIE_ADMIN_EMAIL, SYMETRIE_ADMIN_PASSWORD) to create the first one");
            return;
        }
        accounts.provisionAdministrator(new Email(email), password);
        log.info("Created the first administrator account (symetrie.admin.email)");
    }
}
