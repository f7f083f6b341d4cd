package app.symetrie.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Says at every start, after the demo seed, that demo logins with their well-known password exist — harmless in a
 * demo, a hole anywhere else — and how to remove them (Access view, "Remove the demo accounts").
 */
@Component
@Order(100)
class DemoAccountsWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsWarning.class);

    private final AccountService accounts;

    DemoAccountsWarning(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        long count;
        try {
            count = accounts.demoAccountCount();
        } catch (DataAccessException storeNotReachable) {
            // The application starts with its store down and recovers when it returns (docs/OPERATIONS.md).
            log.warn("Demo accounts: not checked at start, the store is not reachable ({})",
                    storeNotReachable.getClass().getSimpleName());
            return;
        }
        if (count == 0) {
            return;
        }
        if (accounts.administratorConfigured()) {
            log.warn("{} demo accounts exist; an administrator is configured, so their well-known password is "
                    + "refused and the login page does not list them. Remove them: Access view, "
                    + "\"Remove the demo accounts\"", count);
        } else {
            log.warn("{} demo accounts with the well-known password \"demo\" exist and are listed on the login page: "
                    + "fine for a demo, never for real data. Remove them (Access view, \"Remove the demo accounts\") "
                    + "once another administrator exists", count);
        }
    }
}
