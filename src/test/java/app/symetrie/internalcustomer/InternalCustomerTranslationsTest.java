package app.symetrie.internalcustomer;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.ServiceStatements;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The keys built at run time from the service statements' codes exist in English and in French. */
class InternalCustomerTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InternalCustomerTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_service_statement_is_asked_and_named_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties texts = load(file);
            for (String code : ServiceStatements.CODES) {
                assertThat(texts.getProperty("barometer.services.statement." + code)).as(file + " " + code)
                        .isNotBlank().contains("{0}");
                assertThat(texts.getProperty("internal.statement." + code)).as(file + " " + code).isNotBlank();
            }
        }
    }
}
