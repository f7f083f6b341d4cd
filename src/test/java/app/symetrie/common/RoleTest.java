package app.symetrie.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyone_is_at_least_an_employee() {
        assertThat(Role.expand(Set.of())).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void an_administrator_holds_every_role() {
        assertThat(Role.expand(Set.of(Role.ADMIN))).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void a_manager_is_not_an_ambassador_and_an_ambassador_is_not_a_manager() {
        assertThat(Role.expand(Set.of(Role.MANAGER))).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(Role.expand(Set.of(Role.AMBASSADOR))).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.AMBASSADOR);
    }

    @Test
    void a_lead_reads_what_managers_and_ambassadors_read_but_does_not_administer() {
        assertThat(Role.expand(Set.of(Role.LEAD))).contains(Role.MANAGER, Role.AMBASSADOR).doesNotContain(Role.ADMIN);
    }
}
