package app.symetrie.security.internal;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.privacy.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's account row: roles granted, blocked or not, chosen language — never the password's hash. */
@Component
class AccountPersonalData implements PersonalData {

    record Account(String email, Set<Role> grantedRoles, Map<Role, Instant> grantedSince, Set<Role> directoryRoles,
                   boolean enabled, boolean hasPassword, boolean demo, @Nullable String language) {
    }

    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String kind() {
        return "account";
    }

    @Override
    public List<?> export(Email person) {
        return accounts.findByEmail(person.value()).map(a -> List.of(new Account(a.email(), a.grantedRoles(),
                a.grantedSince(), a.directory(), a.enabled(), a.hasPassword(), a.demo(), a.locale())))
                .orElse(List.of());
    }

    @Override
    public long erase(Email person) {
        return accounts.findByEmail(person.value()).map(a -> {
            accounts.delete(a);
            return 1L;
        }).orElse(0L);
    }

    @Override
    public int eraseOrder() {
        return 90;
    }
}
