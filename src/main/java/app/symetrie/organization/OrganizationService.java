package app.symetrie.organization;

import app.symetrie.common.Unrestricted;
import app.symetrie.common.Email;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.internal.DepartmentDocument;
import app.symetrie.organization.internal.DepartmentRepository;
import app.symetrie.organization.internal.EmployeeDirectory;
import app.symetrie.organization.internal.EmployeeDocument;
import app.symetrie.organization.internal.EmployeeRepository;
import app.symetrie.organization.internal.TeamDocument;
import app.symetrie.organization.internal.TeamRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Departments, teams and employees. Reads of the structure are open to every signed-in user (boards and forms need
 * department names); the people list and every change are for administrators.
 */
@Service
public class OrganizationService {

    /** Active people; documents stored before people could leave have no {@code active} field and are active. */
    private static final Criteria ACTIVE = Criteria.where("active").ne(false);

    private final DepartmentRepository departments;
    private final TeamRepository teams;
    private final EmployeeRepository employees;
    private final MongoTemplate mongo;
    private final EmployeeDirectory directory;

    OrganizationService(DepartmentRepository departments, TeamRepository teams, EmployeeRepository employees,
                        MongoTemplate mongo, EmployeeDirectory directory) {
        this.departments = departments;
        this.teams = teams;
        this.employees = employees;
        this.mongo = mongo;
        this.directory = directory;
    }

    // ----- departments

    @Unrestricted("The department tree is shown to every signed-in person and used by sign-in, boards and scheduled work")
    public List<Department> departments() {
        return departments.findAll(Sort.by("nameKey")).stream().map(DepartmentDocument::toDomain).toList();
    }

    @Unrestricted("The department tree is shown to every signed-in person and used by sign-in, boards and scheduled work")
    public Optional<Department> department(DepartmentId id) {
        return departments.findById(id.value()).map(DepartmentDocument::toDomain);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Department saveDepartment(Department department) {
        if (department.parentId() != null) {
            requireNoCycle(department.id(), department.parentId());
        }
        try {
            departments.save(DepartmentDocument.of(department));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("error.department.name.taken", department.name());
        }
        return department;
    }

    private void requireNoCycle(DepartmentId id, DepartmentId parentId) {
        Map<String, String> parents = new HashMap<>();
        departments.findAll().forEach(d -> {
            if (d.parentId() != null) {
                parents.put(d.id(), d.parentId());
            }
        });
        if (!departments.existsById(parentId.value())) {
            throw new UserFacingException("error.department.parent.unknown");
        }
        Set<String> seen = new HashSet<>();
        for (String current = parentId.value(); current != null; current = parents.get(current)) {
            if (current.equals(id.value()) || !seen.add(current)) {
                throw new UserFacingException("error.department.parent.cycle");
            }
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteDepartment(DepartmentId id) {
        if (employees.countByDepartmentId(id.value()) > 0) {
            throw new UserFacingException("error.department.not-empty");
        }
        if (departments.existsByParentId(id.value())) {
            throw new UserFacingException("error.department.has-children");
        }
        teams.findByDepartmentIdOrderByNameKey(id.value()).forEach(teams::delete);
        departments.deleteById(id.value());
    }

    // ----- teams

    @Unrestricted("Team names are shown with the department tree")
    public List<Team> teams(DepartmentId departmentId) {
        return teams.findByDepartmentIdOrderByNameKey(departmentId.value()).stream().map(TeamDocument::toDomain).toList();
    }

    @Unrestricted("Team names are shown with the department tree")
    public List<Team> allTeams() {
        return teams.findAll().stream().map(TeamDocument::toDomain)
                .sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team saveTeam(Team team) {
        if (!departments.existsById(team.departmentId().value())) {
            throw new UserFacingException("error.department.unknown");
        }
        try {
            teams.save(TeamDocument.of(team));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("error.team.name.taken", team.name());
        }
        return team;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteTeam(TeamId id) {
        if (employees.countByTeamId(id.value()) > 0) {
            throw new UserFacingException("error.team.not-empty");
        }
        teams.deleteById(id.value());
    }

    // ----- employees

    /**
     * A page of the people list: everyone (active or not) whose name, e-mail or employee number contains the
     * filter's text (case ignored) in the filter's department, ordered by last name, first name and e-mail (case and
     * accents ignored), then by id. Pages come from the instance's ordered directory and are read by id
     * (decision 029), so a page costs the same at any depth and at any company size.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<Employee> findEmployees(EmployeeFilter filter, int offset, int limit) {
        List<String> ids = directory.page(toFilter(filter), offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Employee> byId = new HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(ids)), EmployeeDocument.class)
                .forEach(d -> byId.put(d.id(), d.toDomain()));
        // a person erased between the two reads is left out rather than shown half
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public long countEmployees(EmployeeFilter filter) {
        return directory.count(toFilter(filter));
    }

    private static EmployeeDirectory.Filter toFilter(EmployeeFilter filter) {
        return EmployeeDirectory.Filter.of(filter.text(),
                filter.departmentId() == null ? null : filter.departmentId().value());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Employee saveEmployee(Employee employee) {
        if (!departments.existsById(employee.departmentId().value())) {
            throw new UserFacingException("error.department.unknown");
        }
        if (employee.teamId() != null) {
            var team = teams.findById(employee.teamId().value())
                    .orElseThrow(() -> new UserFacingException("error.team.unknown"));
            if (!team.departmentId().equals(employee.departmentId().value())) {
                throw new UserFacingException("error.team.other-department");
            }
        }
        if (employee.employeeNumber() != null && employees.findByEmployeeNumber(employee.employeeNumber()).stream()
                .anyMatch(other -> !other.id().equals(employee.id().value()))) {
            throw new UserFacingException("error.employee.number.taken", employee.employeeNumber());
        }
        try {
            employees.save(EmployeeDocument.of(employee));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("error.email.taken", employee.email().value());
        }
        directory.changed(employee.id().value());
        return employee;
    }

    /**
     * Adds these people together, with the checks {@link #saveEmployee} makes for one — each department exists, each
     * team belongs to its department, no e-mail and no employee number already taken, here or in the list — in a
     * few reads and one insert instead of several round trips per person (the demo seed's 600 people). All or
     * nothing: a refused person refuses the list, and should the store refuse one at insert time (someone took the
     * e-mail meanwhile), those inserted are removed again.
     *
     * @throws IllegalArgumentException when one of the ids is already stored (this adds, it does not update)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Employee> addEmployees(List<Employee> newcomers) {
        if (newcomers.isEmpty()) {
            return List.of();
        }
        Set<String> departmentIds = new HashSet<>();
        departments.findAll().forEach(d -> departmentIds.add(d.id()));
        Set<String> teamIds = new HashSet<>();
        newcomers.forEach(e -> {
            if (e.teamId() != null) {
                teamIds.add(e.teamId().value());
            }
        });
        Map<String, String> departmentOfTeam = new HashMap<>();
        teams.findAllById(teamIds).forEach(t -> departmentOfTeam.put(t.id(), t.departmentId()));
        Set<String> emails = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Employee employee : newcomers) {
            if (!departmentIds.contains(employee.departmentId().value())) {
                throw new UserFacingException("error.department.unknown");
            }
            if (employee.teamId() != null) {
                String teamDepartment = departmentOfTeam.get(employee.teamId().value());
                if (teamDepartment == null) {
                    throw new UserFacingException("error.team.unknown");
                }
                if (!teamDepartment.equals(employee.departmentId().value())) {
                    throw new UserFacingException("error.team.other-department");
                }
            }
            if (!emails.add(employee.email().value())) {
                throw new UserFacingException("error.email.taken", employee.email().value());
            }
            if (employee.employeeNumber() != null && !numbers.add(employee.employeeNumber())) {
                throw new UserFacingException("error.employee.number.taken", employee.employeeNumber());
            }
            if (!ids.add(employee.id().value())) {
                throw new IllegalArgumentException("The same person twice: " + employee.id().value());
            }
        }
        if (mongo.exists(new Query(Criteria.where("_id").in(ids)), EmployeeDocument.class)) {
            throw new IllegalArgumentException("Some of these people are already stored");
        }
        // e-mails: exactly the unique index's field, a lookup on every store
        mongo.find(new Query(Criteria.where("email").in(emails)), EmployeeDocument.class).stream().findFirst()
                .ifPresent(taken -> {
                    throw new UserFacingException("error.email.taken", taken.email());
                });
        if (!numbers.isEmpty()) {
            mongo.find(new Query(Criteria.where("employeeNumber").in(numbers)), EmployeeDocument.class).stream()
                    .findFirst().ifPresent(taken -> {
                        throw new UserFacingException("error.employee.number.taken",
                                Objects.requireNonNull(taken.employeeNumber(), "found by its number"));
                    });
        }
        try {
            mongo.insert(newcomers.stream().map(EmployeeDocument::of).toList(), EmployeeDocument.class);
        } catch (DuplicateKeyException e) {
            mongo.remove(new Query(Criteria.where("_id").in(ids)), EmployeeDocument.class);
            // ours are gone again: what is left with one of these e-mails is what someone stored meanwhile
            String taken = mongo.find(new Query(Criteria.where("email").in(emails)), EmployeeDocument.class).stream()
                    .map(EmployeeDocument::email).findFirst().orElse("");
            throw new UserFacingException("error.email.taken", taken);
        } finally {
            directory.changed();
        }
        return List.copyOf(newcomers);
    }

    /**
     * The employee with this e-mail, active or not ({@link Employee#active()}), for sign-in and for matching people
     * across features.
     */
    @Unrestricted("Sign-in (before anyone is signed in) and services of other modules that checked the caller; never a view")
    public Optional<Employee> employeeByEmail(Email email) {
        return employees.findByEmail(email.value()).map(EmployeeDocument::toDomain);
    }

    @Unrestricted("Services of other modules that checked the caller (ambassadors, trainings, boards); never a view")
    public Optional<Employee> employee(EmployeeId id) {
        return employees.findById(id.value()).map(EmployeeDocument::toDomain);
    }

    /**
     * Whether this person is still with the company: false for someone who left (deactivated by a full HRIS import
     * or by an administrator) and for an unknown id. Sign-in and invitations refuse people who are not active.
     */
    @Unrestricted("Services of other modules that checked the caller")
    public boolean isActive(EmployeeId id) {
        return employees.findById(id.value()).map(EmployeeDocument::isActive).orElse(false);
    }

    /**
     * Everyone active in these departments and in the departments below them (all departments when the set is
     * empty): who a barometer wave invites. People who left are not invited.
     */
    @Unrestricted("Invitations and reminders (system) and services of other modules that checked the caller")
    public List<Employee> workforce(Set<DepartmentId> departmentIds) {
        Query query = new Query(ACTIVE);
        if (!departmentIds.isEmpty()) {
            Set<String> ids = withDescendants(departmentIds);
            query.addCriteria(Criteria.where("departmentId").in(ids));
        }
        return mongo.find(query, EmployeeDocument.class).stream().map(EmployeeDocument::toDomain).toList();
    }

    private Set<String> withDescendants(Set<DepartmentId> roots) {
        Set<String> result = new HashSet<>();
        roots.forEach(r -> result.add(r.value()));
        List<DepartmentDocument> all = departments.findAll();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DepartmentDocument d : all) {
                if (d.parentId() != null && result.contains(d.parentId()) && result.add(d.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    @Unrestricted("Services of other modules that checked the caller")
    public List<Employee> employees(java.util.Collection<EmployeeId> ids) {
        List<String> values = ids.stream().map(EmployeeId::value).toList();
        return mongo.find(new Query(Criteria.where("_id").in(values)), EmployeeDocument.class).stream()
                .map(EmployeeDocument::toDomain).toList();
    }

    /** Active employees: the headcount. */
    @Unrestricted("A count, nothing of a person")
    public long employeeCount() {
        return mongo.count(new Query(ACTIVE), EmployeeDocument.class);
    }

    /** Number of active employees per department (departments without anyone are absent). */
    @Unrestricted("Counts per department (participation rates), nothing of a person")
    public Map<DepartmentId, Long> headcountByDepartment() {
        var aggregation = Aggregation.newAggregation(Aggregation.match(ACTIVE),
                Aggregation.group("departmentId").count().as("n"));
        Map<DepartmentId, Long> result = new HashMap<>();
        for (Document row : mongo.aggregate(aggregation, EmployeeDocument.class, Document.class)) {
            result.put(new DepartmentId(row.getString("_id")), row.get("n", Number.class).longValue());
        }
        return result;
    }
}
