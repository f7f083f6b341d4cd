package app.symetrie.notification;

import app.symetrie.common.AppMessages;
import app.symetrie.common.Email;
import app.symetrie.common.PublicUrl;
import app.symetrie.mail.MailService;
import app.symetrie.notification.internal.NotificationDocument;
import app.symetrie.notification.internal.NotificationStore;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.AccountService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stores notifications and e-mails them: each person in their language (the one they chose in the app, else the
 * HRIS's), unless they turned e-mails off; nobody who left the organization. A notification already stored (the same
 * id: an event sent again) is neither stored nor e-mailed twice.
 */
@Component
class Notifier {

    /** One notification to make. {@code id} is derived from what it is about, so that it is made once. */
    record Delivery(String id, EmployeeId to, NotificationKind kind, List<String> args, @Nullable Instant when,
                    List<EmployeeId> mentions) {
    }

    private final NotificationStore store;
    private final OrganizationService organization;
    private final AccountService accounts;
    private final MailService mail;
    private final PublicUrl publicUrl;
    private final Clock clock;

    Notifier(NotificationStore store, OrganizationService organization, AccountService accounts, MailService mail,
             PublicUrl publicUrl, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.accounts = accounts;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** @return how many notifications were new (stored now) */
    int deliver(List<Delivery> deliveries) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<NotificationDocument> fresh = store.insertNew(deliveries.stream()
                .map(d -> new NotificationDocument(d.id(), d.to().value(), d.kind(), d.args(), d.when(), now, false,
                        d.mentions().stream().map(EmployeeId::value).toList()))
                .toList());
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<String, Employee> people = organization.employees(fresh.stream()
                        .map(d -> new EmployeeId(d.recipientId())).distinct().toList()).stream()
                .filter(Employee::active)
                .collect(Collectors.toMap(e -> e.id().value(), Function.identity(), (a, b) -> a));
        Set<String> noEmails = store.withoutEmails(people.keySet());
        Map<Email, Locale> chosen = accounts.chosenLocales(people.values().stream().map(Employee::email).toList());
        for (NotificationDocument document : fresh) {
            Employee person = people.get(document.recipientId());
            if (person == null || noEmails.contains(document.recipientId())) {
                continue;
            }
            Locale locale = chosen.getOrDefault(person.email(), person.locale());
            Notification notification = document.toDomain();
            String text = AppMessages.get(locale, notification.kind().textKey(),
                    notification.arguments(locale, clock.getZone()));
            String base = publicUrl.get();
            mail.send(person.email(), AppMessages.get(locale, "mail.notification.subject", text),
                    AppMessages.get(locale, "mail.notification.body", person.firstName(), text,
                            base + "/" + notification.link(), base + "/" + NotificationService.PAGE));
        }
        return fresh.size();
    }
}
