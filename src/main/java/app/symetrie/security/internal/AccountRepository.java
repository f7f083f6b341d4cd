package app.symetrie.security.internal;

import app.symetrie.common.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AccountRepository extends MongoRepository<AccountDocument, String> {
    Optional<AccountDocument> findByEmail(String email);

    List<AccountDocument> findByEmailIn(Collection<String> emails);

    boolean existsByGrantedRolesContaining(Role role);

    List<AccountDocument> findByDemoTrueOrderByEmail();

    boolean existsByDemoTrue();

    boolean existsByDemoFalse();

    long countByDemoTrue();

    long deleteByDemoTrue();

    /** Accounts that hold one of these roles, granted or from the directory's groups: the Access view's list. */
    List<AccountDocument> findByGrantedRolesInOrDirectoryRolesIn(Collection<Role> granted, Collection<Role> directory);

    List<AccountDocument> findByEnabledFalse();
}
