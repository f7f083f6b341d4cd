package app.symetrie.organization.internal;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EmployeeRepository extends MongoRepository<EmployeeDocument, String> {
    Optional<EmployeeDocument> findByEmail(String email);

    java.util.List<EmployeeDocument> findByEmployeeNumber(String employeeNumber);

    long countByDepartmentId(String departmentId);

    long countByTeamId(String teamId);
}
