package app.symetrie.demo;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorApplication;
import app.symetrie.ambassador.AmbassadorId;
import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.ambassador.AmbassadorStatus;
import app.symetrie.ambassador.ApplicationId;
import app.symetrie.ambassador.ApplicationStatus;
import app.symetrie.ambassador.CoachingEntry;
import app.symetrie.ambassador.CoachingFormat;
import app.symetrie.ambassador.CoachingService;
import app.symetrie.ambassador.CoachingSession;
import app.symetrie.ambassador.CoachingSessionId;
import app.symetrie.ambassador.HelpRequest;
import app.symetrie.ambassador.HelpRequestId;
import app.symetrie.ambassador.HelpRequestService;
import app.symetrie.ambassador.HelpRequestStatus;
import app.symetrie.ambassador.StatusChange;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ambassador program of the demo company: 30 ambassadors spread unevenly — as in many companies, front office
 * has most of them and support functions fewer (Juridique and Achats none at all, so the program view has support
 * functions to flag), the paused and ended ones in front office; about 400 coaching sessions over 18 months
 * growing as the program took off, help requests in every state, and two pending applications from the uncovered
 * support functions.
 * Hugo Lefèvre (ambassadeur@…) is an active ambassador of the Service client.
 */
@Component
class AmbassadorsDemo implements DemoStep {

    static final String HUGO = "ambassadeur@" + OrganizationDemo.DOMAIN;
    static final int MONTHS = 18;

    /** Ambassadors per department: uneven on purpose (6 in support functions, 24 in front office). */
    static final Map<String, Integer> QUOTAS = new LinkedHashMap<>();

    static {
        QUOTAS.put("Service client", 9);
        QUOTAS.put("Ventes grands comptes", 5);
        QUOTAS.put("Marketing", 3);
        QUOTAS.put("E-commerce", 2);
        QUOTAS.put("Agence Lyon", 2);
        QUOTAS.put("Agence Lille", 1);
        QUOTAS.put("Agence Marseille", 2);
        QUOTAS.put("Informatique", 3);
        QUOTAS.put("Ressources humaines", 1);
        QUOTAS.put("Finance et contrôle de gestion", 1);
        QUOTAS.put("Comptabilité", 1);
    }

    /** Extra departments some ambassadors cover besides their own. */
    static final Map<String, List<String>> ALSO_COVERS = Map.of(
            "Informatique", List.of("Services généraux", "Comptabilité", "Ressources humaines"),
            "Agence Lyon", List.of("Réseau d'agences"),
            "Service client", List.of("E-commerce"),
            "Finance et contrôle de gestion", List.of("Comptabilité"));

    private static final List<String> OUTCOMES = List.of(
            "Prise en main réussie, la personne est autonome.",
            "Paramétrage fait ensemble, à revoir dans deux semaines.",
            "Raccourcis et astuces montrés, fiche mémo envoyée.",
            "Problème d'accès remonté au support informatique.",
            "Atelier apprécié, demande d'une deuxième séance.",
            "Bonnes pratiques partagées avec toute l'équipe.",
            "Modèle de document créé et partagé.",
            "Filtres et vues personnalisées configurés.",
            "Réglage des notifications : beaucoup moins d'e-mails.",
            "Démonstration du nouvel outil avant son déploiement.");
    private static final List<String> REQUESTS = List.of(
            "Je n'arrive pas à partager mon agenda avec mon équipe.",
            "Pouvez-vous me montrer comment faire un tableau croisé dynamique ?",
            "Je perds beaucoup de temps à ressaisir mes notes de frais.",
            "Comment retrouver un client et son historique dans le CRM ?",
            "La visio coupe souvent quand je suis en télétravail.",
            "Je reçois trop de notifications, comment faire le tri ?",
            "J'aimerais apprendre à signer un contrat électroniquement.",
            "Je ne sais pas où déclarer un incident informatique.",
            "Pouvez-vous aider notre équipe à organiser ses fichiers partagés ?",
            "Comment publier une actualité sur l'intranet ?");

    private final AmbassadorService ambassadors;
    private final CoachingService coaching;
    private final HelpRequestService requests;
    private final BarometerCatalog catalog;

    AmbassadorsDemo(AmbassadorService ambassadors, CoachingService coaching, HelpRequestService requests,
                    BarometerCatalog catalog) {
        this.ambassadors = ambassadors;
        this.coaching = coaching;
        this.requests = requests;
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoContext context) {
        Random random = context.random();
        ZoneId zone = context.clock().getZone();
        LocalDate today = LocalDate.now(context.clock());
        List<String> tools = catalog.tools().stream().map(CatalogItem::code).toList();
        List<String> painPoints = catalog.painPoints().stream().map(CatalogItem::code).toList();
        Map<String, Department> byName = new HashMap<>();
        context.departments().forEach(d -> byName.put(d.name(), d));
        Map<DepartmentId, List<Team>> teams = new HashMap<>();
        context.teams().forEach(t -> teams.computeIfAbsent(t.departmentId(), k -> new ArrayList<>()).add(t));
        Set<String> demoLogins = new HashSet<>();
        OrganizationDemo.DEMO_PEOPLE.forEach(p -> demoLogins.add(p.login() + "@" + OrganizationDemo.DOMAIN));

        // --- the ambassadors
        List<Ambassador> list = new ArrayList<>();
        Set<Employee> taken = new HashSet<>();
        for (var quota : QUOTAS.entrySet()) {
            Department home = named(byName, quota.getKey());
            List<Employee> candidates = context.employees().stream()
                    .filter(e -> e.departmentId().equals(home.id()) && !demoLogins.contains(e.email().value()))
                    .toList();
            List<Employee> chosen = new ArrayList<>();
            if (home.name().equals("Service client")) {
                chosen.add(context.employees().stream().filter(e -> e.email().value().equals(HUGO)).findFirst()
                        .orElseThrow());
            }
            while (chosen.size() < quota.getValue()) {
                Employee e = candidates.get(random.nextInt(candidates.size()));
                if (!chosen.contains(e)) {
                    chosen.add(e);
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                Employee e = chosen.get(i);
                taken.add(e);
                boolean hugo = e.email().value().equals(HUGO);
                List<DepartmentId> covers = new ArrayList<>(List.of(home.id()));
                List<String> extra = ALSO_COVERS.getOrDefault(home.name(), List.of());
                if (!extra.isEmpty() && (hugo || i < extra.size())) {
                    covers.add(named(byName, extra.get(hugo ? 0 : i)).id());
                }
                List<String> own = hugo ? List.of("crm", "chat_video", "office")
                        : pick(random, tools, 2 + random.nextInt(3));
                List<String> topics = hugo ? List.of("too_many_tools", "lack_training")
                        : pick(random, painPoints, 1 + random.nextInt(3));
                int hours = hugo ? 6 : 2 + random.nextInt(7);
                LocalDate started = hugo ? today.minusMonths(14) : today.minusDays(60 + random.nextInt(620));
                List<StatusChange> history = new ArrayList<>();
                history.add(new StatusChange(AmbassadorStatus.ACTIVE, started));
                int n = list.size();
                if (!hugo && (n == 5 || n == 17)) {
                    history.add(new StatusChange(AmbassadorStatus.PAUSED, today.minusDays(10 + random.nextInt(40))));
                } else if (!hugo && (n == 9 || n == 22)) {
                    history.add(new StatusChange(AmbassadorStatus.ENDED, today.minusDays(30 + random.nextInt(60))));
                }
                list.add(new Ambassador(AmbassadorId.random(), e.id(), e.fullName(), home.id(),
                        new AmbassadorProfile(covers, own, topics, hours), history, n % 9 != 4));
            }
        }
        ambassadors.importAmbassadors(list);

        // --- coaching sessions: about 400 over 18 months, growing with the program
        List<CoachingSession> sessions = new ArrayList<>();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            int count = 9 + (int) Math.round(m * 1.6);
            for (int k = 0; k < count; k++) {
                LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                if (date.isAfter(today)) {
                    date = today.minusDays(random.nextInt(Math.max(1, today.getDayOfMonth())));
                }
                LocalDate day = date;
                List<Ambassador> available = list.stream().filter(a -> activeOn(a, day)).toList();
                if (available.isEmpty()) {
                    continue;
                }
                Ambassador a = available.get(random.nextInt(available.size()));
                sessions.add(session(random, a, day, byName, teams, tools, painPoints, zone, null));
            }
        }
        Ambassador hugo = list.stream().filter(a -> a.name().equals("Hugo Lefèvre")).findFirst().orElseThrow();
        for (int k = 0; k < 3; k++) {
            LocalDate day = today.withDayOfMonth(1).plusDays(random.nextInt(Math.max(1, today.getDayOfMonth())));
            sessions.add(session(random, hugo, day.isAfter(today) ? today : day, byName, teams, tools, painPoints,
                    zone, null));
        }

        // --- help requests in every state
        List<Ambassador> active = list.stream().filter(a -> a.status() == AmbassadorStatus.ACTIVE).toList();
        List<Employee> people = context.employees().stream()
                .filter(e -> !taken.contains(e) && !demoLogins.contains(e.email().value())).toList();
        List<HelpRequest> helpRequests = new ArrayList<>();
        Instant now = context.clock().instant();
        HelpRequestStatus[] plan = {HelpRequestStatus.DONE, HelpRequestStatus.DONE, HelpRequestStatus.DONE,
                HelpRequestStatus.DECLINED, HelpRequestStatus.ACCEPTED, HelpRequestStatus.OPEN};
        for (int k = 0; k < 30; k++) {
            HelpRequestStatus status = k == 0 ? HelpRequestStatus.OPEN : k == 1 ? HelpRequestStatus.ACCEPTED
                    : plan[random.nextInt(plan.length)];
            Ambassador a = k < 2 ? hugo : active.get(random.nextInt(active.size()));
            Employee requester = people.get(random.nextInt(people.size()));
            Duration age = status == HelpRequestStatus.OPEN ? Duration.ofHours(3 + random.nextInt(140))
                    : Duration.ofDays(3 + random.nextInt(80));
            Instant created = now.minus(age);
            Instant answered = status == HelpRequestStatus.OPEN ? null
                    : created.plus(Duration.ofHours(1 + random.nextInt(48)));
            String tool = pick(random, a.profile().tools().isEmpty() ? tools : a.profile().tools(), 1).getFirst();
            CoachingSessionId sessionId = null;
            HelpRequestId id = HelpRequestId.random();
            if (status == HelpRequestStatus.DONE) {
                LocalDate day = LocalDate.ofInstant(answered, zone).plusDays(random.nextInt(5));
                CoachingSession s = session(random, a, day.isAfter(today) ? today : day, byName, teams, tools,
                        painPoints, zone, id);
                CoachingEntry e = s.entry();
                s = new CoachingSession(new CoachingEntry(e.id(), e.date(), e.minutes(), CoachingFormat.ONE_TO_ONE,
                        requester.departmentId(), null, 1, List.of(tool), e.painPoints(), e.outcome(), e.followUp(),
                        "", id), a.id(), "", !a.profile().covers(requester.departmentId()), s.loggedAt());
                sessions.add(s);
                sessionId = s.id();
            }
            helpRequests.add(new HelpRequest(id, requester.id(), requester.fullName(), requester.departmentId(),
                    a.id(), a.name(), tool, null,
                    random.nextBoolean() ? CoachingFormat.ONE_TO_ONE : CoachingFormat.REMOTE,
                    REQUESTS.get(random.nextInt(REQUESTS.size())), status, created, answered, sessionId));
        }
        coaching.importSessions(sessions);
        requests.importRequests(helpRequests);

        // --- applications: two waiting, from the support functions nobody covers; one refused long ago
        List<AmbassadorApplication> applications = new ArrayList<>();
        String[][] applicants = {{"Juridique", "Je forme déjà mes collègues à la signature électronique."},
                {"Achats", "J'aimerais aider mon équipe à mieux utiliser l'ERP."},
                {"Marketing", "Je suis à l'aise avec tous nos outils."}};
        for (int k = 0; k < applicants.length; k++) {
            Department d = named(byName, applicants[k][0]);
            Employee e = people.stream().filter(p -> p.departmentId().equals(d.id())).findFirst().orElseThrow();
            boolean pending = k < 2;
            Instant submitted = now.minus(Duration.ofDays(pending ? 2 + k * 3 : 200));
            applications.add(new AmbassadorApplication(ApplicationId.random(), e.id(), e.fullName(), d.id(),
                    applicants[k][1], k == 0 ? List.of("e_signature", "office") : List.of("erp"),
                    pending ? ApplicationStatus.PENDING : ApplicationStatus.REJECTED, submitted,
                    pending ? null : submitted.plus(Duration.ofDays(4))));
        }
        ambassadors.importApplications(applications);
    }

    private static boolean activeOn(Ambassador a, LocalDate day) {
        AmbassadorStatus status = null;
        for (StatusChange change : a.history()) {
            if (!change.since().isAfter(day)) {
                status = change.status();
            }
        }
        return status == AmbassadorStatus.ACTIVE;
    }

    private static Department named(Map<String, Department> byName, String name) {
        return Objects.requireNonNull(byName.get(name), () -> "no demo department named " + name);
    }

    private static CoachingSession session(Random random, Ambassador a, LocalDate date, Map<String, Department> byName,
                                           Map<DepartmentId, List<Team>> teams, List<String> tools,
                                           List<String> painPoints, ZoneId zone, @Nullable HelpRequestId request) {
        boolean outside = random.nextInt(100) < 8;
        List<Department> all = new ArrayList<>(byName.values());
        all.sort((x, y) -> x.name().compareTo(y.name()));
        DepartmentId department = outside ? all.get(random.nextInt(all.size())).id()
                : a.profile().departments().get(random.nextInt(a.profile().departments().size()));
        List<Team> ofDepartment = teams.getOrDefault(department, List.of());
        Team team = ofDepartment.isEmpty() || random.nextBoolean() ? null
                : ofDepartment.get(random.nextInt(ofDepartment.size()));
        int f = random.nextInt(100);
        CoachingFormat format = f < 50 ? CoachingFormat.ONE_TO_ONE : f < 70 ? CoachingFormat.GROUP
                : f < 85 ? CoachingFormat.WORKSHOP : CoachingFormat.REMOTE;
        int minutes = switch (format) {
            case ONE_TO_ONE, REMOTE -> 30 + 15 * random.nextInt(3);
            case GROUP -> 60 + 30 * random.nextInt(2);
            case WORKSHOP -> 90 + 30 * random.nextInt(4);
        };
        int people = switch (format) {
            case ONE_TO_ONE -> 1;
            case REMOTE -> 1 + random.nextInt(2);
            case GROUP -> 3 + random.nextInt(6);
            case WORKSHOP -> 6 + random.nextInt(10);
        };
        List<String> own = a.profile().tools().isEmpty() ? tools : a.profile().tools();
        List<String> sessionTools = pick(random, random.nextInt(5) == 0 ? tools : own, 1 + random.nextInt(2));
        List<String> topics = a.profile().topics().isEmpty() ? painPoints : a.profile().topics();
        List<String> sessionPains = pick(random, random.nextInt(4) == 0 ? painPoints : topics, random.nextInt(3));
        Instant logged = date.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant();
        return new CoachingSession(new CoachingEntry(CoachingSessionId.random(), date, minutes, format, department,
                team == null ? null : team.id(), people, sessionTools, sessionPains,
                OUTCOMES.get(random.nextInt(OUTCOMES.size())), random.nextInt(5) == 0, "", request),
                a.id(), "", !a.profile().covers(department), logged);
    }

    /** {@code count} distinct items drawn from a list (fewer if the list is shorter), in draw order. */
    static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
