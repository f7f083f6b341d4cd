package app.symetrie.demo;

import app.symetrie.action.ActionDraft;
import app.symetrie.action.ActionService;
import app.symetrie.action.ActionStatus;
import app.symetrie.action.CheckInService;
import app.symetrie.action.Target;
import app.symetrie.action.TargetKind;
import app.symetrie.action.Visibility;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.training.Course;
import app.symetrie.training.CourseId;
import app.symetrie.training.TrainingCatalogService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo company's action plans: 27 actions in every status across departments and two company-wide, some proposed
 * by teams, with +1s and unsigned comments, and check-ins a month after their start — six closed (one with too few
 * answers to show) and one open today in Comptabilité, which the demo employee has not answered. Service client's action on unfit tools started after the CRM roll-out
 * wave (slot {@value BarometerDemo#CRM_ROLLOUT_WAVE}) closed, so its measured effect shows the pain point receding;
 * Comptabilité (Nathalie Moreau, manager@…, and Camille Durand, employe@…) has an action in progress on its weak
 * software dimension, one done, one dropped, and a team proposal waiting for the manager. The demo logins support
 * nothing, so a journey can add their +1.
 */
@Component
class ActionsDemo implements DemoStep {

    /** Started this many days after a wave closed. */
    record Spec(@Nullable String department, String title, String description, @Nullable TargetKind kind,
                @Nullable String code, ActionStatus status, int startedAfterSlot, int startDays, int dueMonths,
                int percent, Visibility visibility, boolean proposed, int supports, List<String> comments,
                List<String> courses, List<String> topics) {
    }

    /** Started a little over a month ago: its check-in is open today, and the demo employee has not answered it. */
    static final String CHECK_IN_OPEN_ACTION = "Un modèle unique pour les rapprochements bancaires";

    static final String CRM_ACTION = "Ateliers CRM en petits groupes au centre d’appels";

    private static final String COMPTA = "Comptabilité";
    private static final String CLIENT = BarometerDemo.CRM_DEPARTMENT;

    static final List<Spec> SPECS = List.of(
            new Spec(CLIENT, CRM_ACTION,
                    "Après le déploiement du nouveau CRM, des ateliers d’une heure par équipe avec l’ambassadeur "
                            + "et l’éditeur : champs manquants, raccourcis, vues personnalisées.",
                    TargetKind.PAIN_POINT, "unfit_tools", ActionStatus.IN_PROGRESS, 3, 12, 8, 70, Visibility.COMPANY,
                    false, 41, List.of("Les ateliers en petit groupe sont bien plus utiles que la formation en ligne.",
                    "Il manque encore le champ « canal de contact » dans la fiche client."),
                    List.of("CRM : suivre ses opportunités", "CRM avancé : tableaux de bord commerciaux"),
                    List.of("unfit_tools")),
            new Spec(CLIENT, "Formation CRM avant chaque nouvelle version",
                    "Chaque nouvelle version du CRM est précédée d’une courte formation, pas suivie.",
                    TargetKind.PAIN_POINT, "lack_training", ActionStatus.DONE, 3, 20, 4, 100, Visibility.TEAM, true,
                    28, List.of("Enfin ! Merci d’avoir écouté."), List.of("CRM : suivre ses opportunités"),
                    List.of("lack_training")),
            new Spec(CLIENT, "Un canal d’entraide CRM animé par les ambassadeurs",
                    "Questions et astuces au fil de l’eau, réponse dans la journée.", TargetKind.TOOL, "crm",
                    ActionStatus.PLANNED, 5, 10, 3, 0, Visibility.TEAM, true, 17, List.of(), List.of(),
                    List.of("unfit_tools")),
            new Spec(CLIENT, "Casques sans fil pour le centre d’appels",
                    "Proposition de l’équipe : des casques sans fil pour pouvoir se lever pendant les appels.",
                    TargetKind.PAIN_POINT, "slow_equipment", ActionStatus.PROPOSED, 5, 0, 0, 0, Visibility.TEAM, true,
                    23, List.of("Oui, surtout pour l’équipe réclamations.", "Et des écrans plus grands ?"),
                    List.of(), List.of()),
            new Spec(COMPTA, "Supprimer la double saisie des factures fournisseurs",
                    "Une seule saisie dans l’ERP, récupérée automatiquement par l’outil de rapprochement.",
                    TargetKind.DIMENSION, "software", ActionStatus.IN_PROGRESS, 3, 15, 9, 55, Visibility.COMPANY,
                    false, 14, List.of("Le nouveau circuit de validation fait déjà gagner du temps.",
                    "Attention à la clôture de fin d’année, ne changeons rien en décembre."),
                    List.of("ERP : saisie des factures fournisseurs"), List.of("too_many_tools")),
            new Spec(COMPTA, "Remplacer les ordinateurs de plus de 5 ans",
                    "Inventaire, priorisation avec l’informatique, remplacement par vagues.", TargetKind.PAIN_POINT,
                    "slow_equipment", ActionStatus.DONE, 2, 10, 5, 100, Visibility.TEAM, false, 19,
                    List.of("Mon nouveau poste démarre en 30 secondes, merci."), List.of(), List.of()),
            new Spec(COMPTA, "Un second écran pour chaque poste",
                    "Proposition de l’équipe : jongler entre l’ERP et le tableur sur un seul écran fait perdre du "
                            + "temps.", TargetKind.DIMENSION, "equipment", ActionStatus.PROPOSED, 5, 0, 0, 0,
                    Visibility.TEAM, true, 9, List.of("Indispensable pour la clôture."), List.of(), List.of()),
            new Spec(COMPTA, "Notes de frais : circuit de validation en ligne",
                    "Abandonnée : le nouvel outil groupe la remplace.", TargetKind.PAIN_POINT, "heavy_procedures",
                    ActionStatus.DROPPED, 1, 5, 4, 20, Visibility.TEAM, false, 3, List.of(),
                    List.of("Notes de frais en 5 minutes"), List.of()),
            new Spec(COMPTA, "Tableaux croisés dynamiques pour toute l’équipe",
                    "Deux sessions réservées à l’équipe clôture et consolidation.", TargetKind.TOOL, "office",
                    ActionStatus.PLANNED, 5, 25, 2, 0, Visibility.TEAM, false, 6, List.of(),
                    List.of("Tableur : tableaux croisés dynamiques"), List.of()),
            new Spec("Informatique", "Accès en 48 h pour les nouveaux arrivants",
                    "Les droits sont préparés avant l’arrivée à partir du HRIS.", TargetKind.PAIN_POINT,
                    "waiting_access", ActionStatus.IN_PROGRESS, 3, 30, 6, 60, Visibility.COMPANY, false, 22,
                    List.of("Le dernier arrivant avait tout dès le premier jour !"), List.of(), List.of()),
            new Spec("Informatique", "Un portail de self-service pour les mots de passe",
                    "Réinitialiser son mot de passe sans ticket.", TargetKind.PAIN_POINT, "slow_support",
                    ActionStatus.DONE, 2, 20, 4, 100, Visibility.COMPANY, false, 35, List.of(),
                    List.of("Bien déclarer un incident au support"), List.of("slow_support")),
            new Spec("Informatique", "Stabiliser le VPN en télétravail",
                    "Nouveau concentrateur VPN et supervision.", TargetKind.PAIN_POINT, "unreliable_network",
                    ActionStatus.PLANNED, 5, 15, -1, 10, Visibility.COMPANY, false, 12, List.of(),
                    List.of("Travailler à distance : VPN et bonnes pratiques"), List.of("unreliable_network")),
            new Spec("Ressources humaines", "Portail RH : une page d’accueil par profil",
                    "Les démarches les plus fréquentes en un clic.", TargetKind.TOOL, "hr_portal",
                    ActionStatus.IN_PROGRESS, 4, 10, -1, 40, Visibility.COMPANY, false, 8, List.of(),
                    List.of("Portail RH : congés, bulletins, formations"), List.of()),
            new Spec("Ressources humaines", "Moins de notifications dans la messagerie d’équipe",
                    "Règles de canaux et plages sans notifications.", TargetKind.PAIN_POINT, "notification_overload",
                    ActionStatus.PROPOSED, 5, 0, 0, 0, Visibility.TEAM, true, 11, List.of(), List.of(), List.of()),
            new Spec("Achats", "Signature électronique des bons de commande",
                    "Fini les impressions pour faire signer un bon de commande.", TargetKind.PAIN_POINT,
                    "heavy_procedures", ActionStatus.PLANNED, 5, 20, 5, 0, Visibility.TEAM, false, 5, List.of(),
                    List.of("Signature électronique : circuits de validation"), List.of("heavy_procedures")),
            new Spec("Juridique", "Une base de modèles de contrats",
                    "Abandonnée faute de budget cette année.", TargetKind.DIMENSION, "software",
                    ActionStatus.DROPPED, 4, 10, 6, 0, Visibility.TEAM, false, 2, List.of(), List.of(), List.of()),
            new Spec("Services généraux", "Réserver les salles depuis l’agenda",
                    "Un seul outil pour les salles et les visioconférences.", TargetKind.TOOL, "chat_video",
                    ActionStatus.DONE, 3, 5, 3, 100, Visibility.COMPANY, false, 9, List.of(), List.of(), List.of()),
            new Spec("Finance et contrôle de gestion", "Automatiser le reporting mensuel",
                    "Les tableaux de bord se mettent à jour seuls depuis l’ERP.", TargetKind.PAIN_POINT,
                    "too_many_tools", ActionStatus.IN_PROGRESS, 4, 20, -2, 45, Visibility.TEAM, false, 7, List.of(),
                    List.of(), List.of("too_many_tools")),
            new Spec("Ventes grands comptes", "Tablettes pour les rendez-vous clients",
                    "Présenter les offres et signer en rendez-vous.", TargetKind.DIMENSION, "equipment",
                    ActionStatus.PLANNED, 5, 30, 4, 0, Visibility.TEAM, false, 13, List.of(), List.of(), List.of()),
            new Spec("Ventes grands comptes", "Tableaux de bord CRM pour l’avant-vente",
                    "Proposition de l’équipe avant-vente.", TargetKind.TOOL, "crm", ActionStatus.DROPPED, 4, 0, 0,
                    0, Visibility.TEAM, true, 4, List.of("Dommage, c’était utile."), List.of(), List.of()),
            new Spec("Marketing", "Une bibliothèque de visuels partagée",
                    "Fini les visuels envoyés par e-mail.", TargetKind.PAIN_POINT, "too_many_tools",
                    ActionStatus.DONE, 2, 15, 3, 100, Visibility.TEAM, false, 10, List.of(), List.of(), List.of()),
            new Spec("E-commerce", "Former l’équipe au nouvel outil de préparation",
                    "Avant le pic des fêtes.", TargetKind.PAIN_POINT, "lack_training", ActionStatus.IN_PROGRESS, 4,
                    40, -1, 75, Visibility.TEAM, false, 6, List.of(), List.of(), List.of("lack_training")),
            new Spec("Agence Lille", "Wi-fi de l’agence renforcé",
                    "Deux bornes de plus et une ligne de secours.", TargetKind.PAIN_POINT, "unreliable_network",
                    ActionStatus.DONE, 2, 30, 2, 100, Visibility.COMPANY, false, 15, List.of(), List.of(), List.of()),
            new Spec("Agence Marseille", "Wi-fi de l’agence renforcé comme à Lille",
                    "Proposition de l’équipe après les résultats de Lille.", TargetKind.PAIN_POINT,
                    "unreliable_network", ActionStatus.PROPOSED, 5, 0, 0, 0, Visibility.TEAM, true, 18,
                    List.of("Le réseau décroche tous les après-midi."), List.of(), List.of()),
            new Spec(null, "Un ambassadeur numérique dans chaque service",
                    "Recruter et former un ambassadeur là où il n’y en a pas encore (Juridique, Achats).",
                    TargetKind.DIMENSION, "skills", ActionStatus.IN_PROGRESS, 4, 5, 6, 50, Visibility.COMPANY,
                    false, 30, List.of("Très bonne idée pour les petits services."), List.of(), List.of()),
            new Spec(null, "Charte du droit à la déconnexion",
                    "Plages sans e-mails ni notifications, rédigées avec les représentants du personnel.",
                    TargetKind.PAIN_POINT, "notification_overload", ActionStatus.PLANNED, 5, 20, 4, 10,
                    Visibility.COMPANY, false, 26, List.of(), List.of(), List.of("notification_overload")),
            new Spec(COMPTA, CHECK_IN_OPEN_ACTION,
                    "Un modèle commun pour les rapprochements bancaires, partagé sur le drive de l’équipe.",
                    TargetKind.PAIN_POINT, "too_many_tools", ActionStatus.IN_PROGRESS, 5, 40, 3, 30,
                    Visibility.TEAM, false, 5, List.of(), List.of(), List.of()));

    /**
     * Check-ins of the demo company: closed ones with their answers (1–5, how many gave each score), one under the
     * threshold (Finance, 3 answers: "too few answers"), and the open one above with four answers so far.
     */
    static final Map<String, int[]> CHECK_INS = Map.of(
            CRM_ACTION, new int[]{2, 4, 9, 14, 7},
            "Supprimer la double saisie des factures fournisseurs", new int[]{1, 3, 6, 8, 4},
            "Remplacer les ordinateurs de plus de 5 ans", new int[]{0, 1, 2, 5, 4},
            "Accès en 48 h pour les nouveaux arrivants", new int[]{0, 2, 3, 6, 5},
            "Un portail de self-service pour les mots de passe", new int[]{1, 1, 4, 8, 5},
            "Automatiser le reporting mensuel", new int[]{1, 1, 1, 0, 0},
            CHECK_IN_OPEN_ACTION, new int[]{0, 1, 1, 2, 0});

    private final ActionService actions;
    private final CheckInService checkIns;
    private final TrainingCatalogService trainings;

    ActionsDemo(ActionService actions, CheckInService checkIns, TrainingCatalogService trainings) {
        this.actions = actions;
        this.checkIns = checkIns;
        this.trainings = trainings;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoContext context) {
        // Its own random source: the steps before keep drawing the same numbers whatever this one does.
        Random random = new Random(DemoContext.SEED + order());
        LocalDate today = LocalDate.now(context.clock());
        // As BarometerDemo: the open wave opened 5 days ago, the closed ones every quarter before, 21 days long.
        LocalDate first = today.minusDays(5).minusMonths(3L * BarometerDemo.CLOSED_WAVES);
        List<Course> courses = trainings.courses();
        List<ActionService.Seeded> seeded = new ArrayList<>();
        for (Spec spec : SPECS) {
            Department department = spec.department() == null ? null : context.departments().stream()
                    .filter(d -> d.name().equals(spec.department())).findFirst().orElseThrow();
            DepartmentId departmentId = department == null ? null : department.id();
            List<Employee> people = context.employees().stream()
                    .filter(e -> departmentId == null || e.departmentId().equals(departmentId)).toList();
            Employee manager = departmentId == null ? demoPerson(context, "lead")
                    : people.stream().filter(e -> e.email().value().startsWith("manager@")).findFirst()
                    .orElseGet(() -> people.stream().filter(Employee::manager).findFirst().orElse(people.getFirst()));
            boolean proposal = spec.status() == ActionStatus.PROPOSED;
            LocalDate start = proposal ? null : first.plusMonths(3L * spec.startedAfterSlot())
                    .plusDays(21 + spec.startDays());
            LocalDate due = start == null ? null : start.plusMonths(Math.abs(spec.dueMonths()));
            if (start != null && spec.dueMonths() < 0) {
                // Overdue on purpose: due before today, still open.
                due = today.minusMonths(-spec.dueMonths()).minusDays(3);
                start = start.isAfter(due) ? due.minusMonths(2) : start;
            }
            List<EmployeeId> owners = proposal ? List.of() : List.of(manager.id());
            List<Employee> candidates = people.stream().filter(e -> !isDemoLogin(e)).toList();
            List<EmployeeId> supporters = new ArrayList<>();
            List<Employee> shuffled = new ArrayList<>(candidates);
            java.util.Collections.shuffle(shuffled, random);
            shuffled.stream().limit(Math.min(spec.supports(), shuffled.size())).forEach(e -> supporters.add(e.id()));
            List<CourseId> courseIds = spec.courses().stream().map(title -> courses.stream()
                    .filter(c -> c.title().equals(title)).findFirst().orElseThrow().id()).toList();
            ActionDraft draft = new ActionDraft(spec.title(), spec.description(),
                    spec.kind() == null || spec.code() == null ? null : new Target(spec.kind(), spec.code()), owners,
                    start, due,
                    spec.percent(), spec.visibility(), courseIds, spec.topics());
            seeded.add(new ActionService.Seeded(departmentId, draft, spec.status(), spec.proposed(), supporters,
                    spec.comments(), proposal ? null : manager.id()));
        }
        actions.importDemo(seeded);

        List<CheckInService.Seeded> checkIns = new ArrayList<>();
        for (Map.Entry<String, int[]> c : CHECK_INS.entrySet()) {
            List<Integer> scores = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                for (int i = 0; i < c.getValue()[score - 1]; i++) {
                    scores.add(score);
                }
            }
            List<EmployeeId> answered = List.of();
            if (c.getKey().equals(CHECK_IN_OPEN_ACTION)) {
                Department compta = context.departments().stream().filter(d -> d.name().equals(COMPTA)).findFirst()
                        .orElseThrow();
                // Colleagues of the demo employee, never a demo login: employe@ and manager@ still see it pending.
                answered = context.employees().stream().filter(e -> e.departmentId().equals(compta.id()))
                        .filter(e -> !isDemoLogin(e)).limit(scores.size()).map(Employee::id).toList();
            }
            checkIns.add(new CheckInService.Seeded(c.getKey(), scores, answered));
        }
        this.checkIns.importDemo(checkIns);
    }

    private static boolean isDemoLogin(Employee e) {
        return e.email().value().endsWith("@" + OrganizationDemo.DOMAIN) && OrganizationDemo.DEMO_PEOPLE.stream()
                .anyMatch(p -> e.email().value().startsWith(p.login() + "@"));
    }

    private static Employee demoPerson(DemoContext context, String login) {
        return context.employees().stream().filter(e -> e.email().value().startsWith(login + "@")).findFirst()
                .orElseThrow();
    }
}
