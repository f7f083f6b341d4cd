package app.symetrie.backup;

import app.symetrie.common.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command-line restore: {@code java -jar symetrie.jar --symetrie.restore=backup.zip} (or
 * {@code SYMETRIE_RESTORE}) restores the archive into the empty store at start-up, before anything else writes —
 * the first administrator's bootstrap ({@code @Order(0)}) and the demo seed ({@code @Order(10)}) then find a store
 * that is not empty and leave it alone. A refused or failed restore stops the start with the reason, the store left
 * as empty as it was; a store that is not empty is never touched (remove the setting once the restore is done).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestoreAtStartup implements ApplicationRunner {

    static final String PROPERTY = "symetrie.restore";
    private static final Logger log = LoggerFactory.getLogger(RestoreAtStartup.class);

    private final Restorer restorer;
    private final Environment environment;

    RestoreAtStartup(Restorer restorer, Environment environment) {
        this.restorer = restorer;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String setting = environment.getProperty(PROPERTY, "").strip();
        if (setting.isEmpty()) {
            return;
        }
        Path archive = Path.of(setting).toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive) || !Files.isReadable(archive)) {
            throw new IllegalStateException("Restore refused: cannot read " + archive + " (" + PROPERTY + ")");
        }
        log.info("Restoring the backup {} into the empty store", archive);
        try {
            restorer.restore(archive, null);
        } catch (UserFacingException refused) {
            throw new IllegalStateException("Restore of " + archive + " refused: " + english(refused)
                    + " (nothing was restored)", refused);
        }
    }

    /** The refusal in English, for the log of a start that stops. */
    static String english(UserFacingException e) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT)
                    .getString(e.messageKey());
            return new MessageFormat(pattern, Locale.ENGLISH).format(e.arguments());
        } catch (RuntimeException missing) {
            return e.messageKey();
        }
    }
}
