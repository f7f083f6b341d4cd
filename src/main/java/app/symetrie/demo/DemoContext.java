package app.symetrie.demo;

import app.symetrie.organization.Department;
import app.symetrie.organization.Employee;
import app.symetrie.organization.Team;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the demo seed builds step by step and hands to the next step: one fixed-seed random source (so every machine
 * shows the same company), the clock, and the organization created so far. Later steps (barometer waves,
 * ambassadors, trainings) read it and add their own data.
 */
public final class DemoContext {

    public static final long SEED = 20_261_126L;

    private final Random random = new Random(SEED);
    private final Clock clock;
    private final List<Department> departments = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();

    DemoContext(Clock clock) {
        this.clock = clock;
    }

    public Random random() {
        return random;
    }

    public Clock clock() {
        return clock;
    }

    public List<Department> departments() {
        return departments;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<Employee> employees() {
        return employees;
    }
}
