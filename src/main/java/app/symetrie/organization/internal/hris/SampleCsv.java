package app.symetrie.organization.internal.hris;

import java.util.List;
import java.util.Locale;

/**
 * A small HRIS file to start from, as Excel would save it in the person's language: French headers and {@code ;}
 * in French, English headers and {@code ,} otherwise; UTF-8 with a byte-order mark so that Excel shows accents.
 */
public final class SampleCsv {

    private SampleCsv() {
    }

    public static String fileName(Locale locale) {
        return isFrench(locale) ? "import-rh-exemple.csv" : "hris-import-sample.csv";
    }

    public static String content(Locale locale) {
        boolean french = isFrench(locale);
        String separator = french ? ";" : ",";
        List<String> header = french
                ? List.of("courriel", "prénom", "nom", "département", "équipe", "responsable", "langue",
                "type_departement")
                : List.of("email", "first_name", "last_name", "department", "team", "manager", "locale",
                "department_kind");
        String domain = french ? "exemple.fr" : "example.com";
        List<List<String>> rows = List.of(
                List.of("claire.martin@" + domain, "Claire", "Martin", french ? "Comptabilité" : "Accounting",
                        french ? "Fournisseurs" : "Payables", french ? "oui" : "yes", "fr", "SUPPORT"),
                List.of("karim.benali@" + domain, "Karim", "Benali", french ? "Service client" : "Customer service",
                        french ? "Accueil" : "Front desk", french ? "non" : "no", "fr", "FRONT_OFFICE"),
                List.of("anna.schmidt@" + domain, "Anna", "Schmidt", french ? "Service client" : "Customer service",
                        "", french ? "non" : "no", "en", ""));
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(separator, header)).append("\r\n");
        rows.forEach(row -> csv.append(String.join(separator, row)).append("\r\n"));
        return csv.toString();
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
