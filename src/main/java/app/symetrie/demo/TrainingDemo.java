package app.symetrie.demo;

import app.symetrie.ambassador.Ambassador;
import app.symetrie.ambassador.AmbassadorService;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.training.Course;
import app.symetrie.training.CourseFormat;
import app.symetrie.training.CourseId;
import app.symetrie.training.CourseLevel;
import app.symetrie.training.Enrolment;
import app.symetrie.training.EnrolmentService;
import app.symetrie.training.EnrolmentStatus;
import app.symetrie.training.TrainingCatalogService;
import app.symetrie.training.TrainingSession;
import app.symetrie.training.TrainingSessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The training catalog of the demo company: 12 courses, 40 sessions (28 past over the last year, 12 to come),
 * enrolments with attendance, completion and ratings. Two sessions to come are full: "CRM avancé" with a waiting
 * list (a demand signal on the lead's report), and "{@value #FULL_COURSE}" where Nathalie Moreau (manager@…) holds
 * a seat — the browser journey has Camille Durand (employe@…) join its waiting list and get the seat when Nathalie
 * cancels. Hugo Lefèvre (ambassadeur@…) trains several sessions and still has attendance to mark for one.
 */
@Component
class TrainingDemo implements DemoStep {

    static final String FULL_COURSE = "Tableur : tableaux croisés dynamiques";
    static final String WAITLIST_COURSE = "CRM avancé : tableaux de bord commerciaux";

    record CourseSpec(String title, String description, @Nullable String tool, @Nullable String painPoint,
                      CourseLevel level, int minutes, CourseFormat format, int past, int future) {
    }

    static final List<CourseSpec> COURSES = List.of(
            new CourseSpec("Messagerie : reprendre la main sur sa boîte",
                    "Règles de tri, dossiers de recherche, notifications : moins d'e-mails subis.", "email",
                    "notification_overload", CourseLevel.BEGINNER, 120, CourseFormat.ON_SITE, 3, 1),
            new CourseSpec("Visio et chat : animer une réunion hybride",
                    "Partage d'écran, salles de sous-groupes, canaux d'équipe.", "chat_video",
                    "remote_collaboration", CourseLevel.BEGINNER, 90, CourseFormat.REMOTE, 3, 1),
            new CourseSpec(FULL_COURSE, "Du tableau de données brut à l'analyse en quelques clics.", "office",
                    null, CourseLevel.INTERMEDIATE, 180, CourseFormat.ON_SITE, 3, 1),
            new CourseSpec("ERP : saisie des factures fournisseurs",
                    "Saisir une fois, au bon endroit : fini la double saisie.", "erp", "too_many_tools",
                    CourseLevel.INTERMEDIATE, 180, CourseFormat.ON_SITE, 3, 1),
            new CourseSpec("CRM : suivre ses opportunités", "Fiches clients, relances et historique des échanges.",
                    "crm", null, CourseLevel.BEGINNER, 120, CourseFormat.REMOTE, 2, 1),
            new CourseSpec(WAITLIST_COURSE, "Construire ses propres tableaux de bord de suivi commercial.", "crm",
                    "unfit_tools", CourseLevel.ADVANCED, 180, CourseFormat.ON_SITE, 2, 1),
            new CourseSpec("Notes de frais en 5 minutes", "Photographier, classer, envoyer — depuis son téléphone.",
                    "expenses", "heavy_procedures", CourseLevel.BEGINNER, 45, CourseFormat.E_LEARNING, 2, 1),
            new CourseSpec("Portail RH : congés, bulletins, formations", "Tout ce que le portail RH fait pour vous.",
                    "hr_portal", null, CourseLevel.BEGINNER, 60, CourseFormat.E_LEARNING, 2, 1),
            new CourseSpec("Bien déclarer un incident au support",
                    "Le bon ticket, du premier coup : captures, priorité, suivi.", "ticketing", "slow_support",
                    CourseLevel.BEGINNER, 60, CourseFormat.REMOTE, 2, 1),
            new CourseSpec("Signature électronique : circuits de validation",
                    "Faire signer un contrat ou un bon de commande sans imprimer.", "e_signature",
                    "heavy_procedures", CourseLevel.INTERMEDIATE, 90, CourseFormat.REMOTE, 2, 1),
            new CourseSpec("Travailler à distance : VPN et bonnes pratiques",
                    "Se connecter, rester joignable, sécuriser ses données.", null, "unreliable_network",
                    CourseLevel.BEGINNER, 60, CourseFormat.REMOTE, 2, 1),
            new CourseSpec("Intranet : trouver l'information et publier",
                    "Recherche, pages d'équipe, actualités.", "intranet", "lack_training", CourseLevel.BEGINNER, 60,
                    CourseFormat.ON_SITE, 2, 1));

    private static final List<String> ROOMS = List.of("Siège — salle Lumière (3e étage)",
            "Siège — salle Horizon (1er étage)", "Agence Lyon — salle de formation", "Agence Lille — salle 2");
    private static final List<String> EXTERNAL = List.of("Julie Marchand (Forma+)",
            "Olivier Benali (Digital Académie)",
            "Service informatique — équipe Applications");
    private static final List<String> COMMENTS = List.of("Très concret, merci !", "Un peu rapide sur la fin.",
            "Exactement ce qu'il me fallait.", "J'aurais aimé plus d'exercices.", "Formateur très pédagogue.", "");

    private final TrainingCatalogService catalog;
    private final EnrolmentService enrolments;
    private final AmbassadorService ambassadors;

    TrainingDemo(TrainingCatalogService catalog, EnrolmentService enrolments, AmbassadorService ambassadors) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.ambassadors = ambassadors;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoContext context) {
        Random random = context.random();
        ZoneId zone = context.clock().getZone();
        Instant now = context.clock().instant();
        LocalDate today = LocalDate.now(context.clock());
        Employee camille = person(context, "employe");
        Employee nathalie = person(context, "manager");
        Employee hugo = person(context, "ambassadeur");
        List<Ambassador> trainers = ambassadors.all().stream().filter(Ambassador::isActive).toList();
        List<Employee> everyone = context.employees().stream()
                .filter(e -> !e.email().value().endsWith("@" + OrganizationDemo.DOMAIN)
                        || !isDemoLogin(e)).toList();

        List<Course> courses = new ArrayList<>();
        List<TrainingSession> sessions = new ArrayList<>();
        List<Enrolment> list = new ArrayList<>();
        List<Enrolment> promoted = new ArrayList<>();
        boolean hugoToMark = false;
        for (CourseSpec spec : COURSES) {
            Course course = new Course(CourseId.random(), spec.title(), spec.description(), spec.tool(),
                    spec.painPoint(), spec.level(), spec.minutes(), spec.format());
            courses.add(course);
            for (int k = 0; k < spec.past() + spec.future(); k++) {
                boolean future = k >= spec.past();
                LocalDate day = future ? today.plusDays(8 + random.nextInt(45))
                        : today.minusDays(10 + random.nextInt(340));
                if (spec.title().equals(FULL_COURSE) && future) {
                    day = today.plusDays(12);
                }
                if (!future && !hugoToMark && spec.tool() != null && spec.tool().equals("crm")) {
                    day = today.minusDays(3);
                }
                Instant start = day.atTime(random.nextBoolean() ? LocalTime.of(9, 30) : LocalTime.of(14, 0))
                        .atZone(zone).toInstant();
                Instant end = start.plus(Duration.ofMinutes(spec.minutes()));
                int capacity = switch (spec.format()) {
                    case ON_SITE -> 8 + random.nextInt(5);
                    case REMOTE -> 12 + random.nextInt(9);
                    case E_LEARNING -> 30;
                };
                String place = switch (spec.format()) {
                    case ON_SITE -> ROOMS.get(random.nextInt(ROOMS.size()));
                    case REMOTE, E_LEARNING -> "https://visio.maison-lumiere.fr/formation-" + (sessions.size() + 1);
                };
                EmployeeId trainerId = null;
                String trainerName;
                boolean hugoTrains = spec.tool() != null && (spec.tool().equals("crm") || spec.tool().equals("office"));
                if (hugoTrains) {
                    trainerId = hugo.id();
                    trainerName = hugo.fullName();
                } else if (random.nextBoolean() && !trainers.isEmpty()) {
                    Ambassador a = trainers.get(random.nextInt(trainers.size()));
                    trainerId = a.employeeId();
                    trainerName = a.name();
                } else {
                    trainerName = EXTERNAL.get(random.nextInt(EXTERNAL.size()));
                }
                TrainingSessionId id = TrainingSessionId.random();

                // who enrols
                int wanted;
                int waiting = 0;
                if (!future) {
                    wanted = capacity - random.nextInt(Math.max(1, capacity / 3));
                } else if (spec.title().equals(FULL_COURSE)) {
                    wanted = capacity;
                } else if (spec.title().equals(WAITLIST_COURSE)) {
                    wanted = capacity;
                    waiting = 4;
                } else {
                    wanted = capacity / 5 + random.nextInt(Math.max(1, capacity / 2));
                }
                List<Employee> chosen = new ArrayList<>();
                Set<EmployeeId> seen = new HashSet<>();
                if (spec.title().equals(FULL_COURSE) && future) {
                    chosen.add(nathalie);
                    seen.add(nathalie.id());
                }
                if (!future && k == 0 && spec.tool() != null && spec.tool().equals("email")) {
                    chosen.add(camille);
                    seen.add(camille.id());
                }
                while (chosen.size() < wanted + waiting) {
                    Employee e = everyone.get(random.nextInt(everyone.size()));
                    if (!e.id().equals(trainerId) && !e.id().equals(camille.id()) && seen.add(e.id())) {
                        chosen.add(e);
                    }
                }
                boolean toMark = !future && !hugoToMark && hugoTrains && "crm".equals(spec.tool());
                hugoToMark |= toMark;
                Instant deadline = start.minus(Duration.ofDays(2));
                for (int i = 0; i < chosen.size(); i++) {
                    Employee e = chosen.get(i);
                    boolean seat = i < wanted;
                    Instant at = (future ? now.minus(Duration.ofDays(20)) : deadline.minus(Duration.ofDays(20)))
                            .plus(Duration.ofMinutes(37L * i));
                    Boolean attended = null;
                    boolean completed = false;
                    Integer rating = null;
                    String comment = "";
                    if (!future && seat && !toMark) {
                        attended = e.equals(camille) || random.nextInt(100) < 87;
                        completed = attended && random.nextInt(100) < 92;
                        if (attended && !e.equals(camille) && random.nextInt(100) < 65) {
                            int r = random.nextInt(100);
                            rating = r < 45 ? 5 : r < 80 ? 4 : r < 93 ? 3 : 2;
                            comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
                        }
                    }
                    Enrolment enrolment = new Enrolment(id, e.id(), e.departmentId(),
                            seat ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED, at, attended, completed,
                            rating, comment);
                    list.add(enrolment);
                    if (future && seat && i == wanted - 1 && spec.title().equals(WAITLIST_COURSE)) {
                        promoted.add(enrolment);
                    }
                }
                sessions.add(new TrainingSession(id, course.id(), start, end, place, capacity, wanted, trainerId,
                        trainerName, deadline));
            }
        }
        catalog.importCatalog(courses, sessions);
        enrolments.importEnrolments(list);
        enrolments.importPromotionNotices(promoted, now.minus(Duration.ofDays(2)));
    }

    private static boolean isDemoLogin(Employee e) {
        return OrganizationDemo.DEMO_PEOPLE.stream()
                .anyMatch(p -> e.email().value().equals(p.login() + "@" + OrganizationDemo.DOMAIN));
    }

    private static Employee person(DemoContext context, String login) {
        String email = login + "@" + OrganizationDemo.DOMAIN;
        return context.employees().stream().filter(e -> e.email().value().equals(email)).findFirst().orElseThrow();
    }
}
