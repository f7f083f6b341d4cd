package app.symetrie.demo;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.security.AccountService;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** One demo login per role, all with the password {@value #PASSWORD}, listed on the login page. */
@Component
class AccountsDemo implements DemoStep {

    static final String PASSWORD = "demo";

    private static final Map<String, Role> GRANTS = Map.of(
            "employe", Role.EMPLOYEE,
            "ambassadeur", Role.AMBASSADOR,
            "manager", Role.MANAGER, // also set by the HR record's manager flag
            "lead", Role.LEAD,
            "admin", Role.ADMIN);

    private final AccountService accounts;

    AccountsDemo(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoContext context) {
        GRANTS.forEach((login, role) -> accounts.provisionDemoAccount(
                new Email(login + "@" + OrganizationDemo.DOMAIN), PASSWORD,
                role == Role.EMPLOYEE ? EnumSet.noneOf(Role.class) : EnumSet.of(role)));
    }
}
