package app.symetrie.barometer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an answer against the questionnaire version of its wave. Missing answers are reported per question (the
 * person fixes them); values that the UI can never send — out of range, unknown codes — are tampering: refused and
 * logged, without anything that identifies the person.
 */
final class AnswerValidator {

    private static final Logger log = LoggerFactory.getLogger(AnswerValidator.class);

    private AnswerValidator() {
    }

    static void validate(Questionnaire questionnaire, AnswerForm form) {
        Set<String> statements = questionnaire.statements().stream().map(Statement::code).collect(Collectors.toSet());
        Set<String> tools = questionnaire.tools().stream().map(CatalogItem::code).collect(Collectors.toSet());
        Set<String> painPoints = questionnaire.painPoints().stream().map(CatalogItem::code).collect(Collectors.toSet());

        form.scores().forEach((code, value) -> {
            if (!statements.contains(code)) {
                tampered("unknown statement " + code);
            }
            if (value == null || value < 1 || value > 5) {
                tampered("score out of 1-5 for " + code);
            }
        });
        form.tools().forEach((code, use) -> {
            if (!tools.contains(code)) {
                tampered("unknown tool " + code);
            }
            if (use == null || use.frequency() == null) {
                tampered("tool without frequency " + code);
            }
            if (use.comfort() != null && (use.comfort() < 1 || use.comfort() > 5)) {
                tampered("comfort out of 1-5 for " + code);
            }
            if (use.frequency() == Frequency.NEVER && use.comfort() != null) {
                tampered("comfort for a tool never used " + code);
            }
        });
        for (String code : form.painPoints()) {
            if (!painPoints.contains(code)) {
                tampered("unknown pain point " + code);
            }
        }
        Set<String> moments = questionnaire.moments().stream().map(CatalogItem::code).collect(Collectors.toSet());
        form.moments().forEach((code, value) -> {
            if (!moments.contains(code)) {
                tampered("unknown journey moment " + code);
            }
            if (value == null || value < 1 || value > 5) {
                tampered("journey moment out of 1-5 for " + code);
            }
        });
        if (form.recommend() != null && (form.recommend() < 0 || form.recommend() > 10)) {
            tampered("recommend out of 0-10");
        }
        if (form.comment() != null && form.comment().length() > AnswerForm.COMMENT_MAX) {
            tampered("comment too long");
        }
        validateServices(form);

        Map<String, String> missing = new LinkedHashMap<>();
        for (Statement s : questionnaire.statements()) {
            if (!form.scores().containsKey(s.code())) {
                missing.put(s.code(), "barometer.error.required");
            }
        }
        for (CatalogItem tool : questionnaire.tools()) {
            AnswerForm.ToolUse use = form.tools().get(tool.code());
            if (use == null) {
                missing.put(tool.code(), "barometer.error.tool.frequency");
            } else if (use.frequency() != Frequency.NEVER && use.comfort() == null) {
                missing.put(tool.code(), "barometer.error.tool.comfort");
            }
        }
        if (form.recommend() == null) {
            missing.put("recommend", "barometer.error.required");
        }
        if (!missing.isEmpty()) {
            throw new AnswerRejected(missing);
        }
    }

    /**
     * The optional ratings of support functions: at most {@link ServiceStatements#MAX_FUNCTIONS}, known statements,
     * 1–5. Which functions the person may rate (support functions, never their own) is decided at the close, where
     * their department is known: a rating of any other department is dropped there.
     */
    private static void validateServices(AnswerForm form) {
        if (form.services().size() > ServiceStatements.MAX_FUNCTIONS) {
            tampered("too many support functions rated");
        }
        form.services().forEach((function, ratings) -> {
            if (function == null || function.isBlank() || function.length() > 64) {
                tampered("malformed support function");
            }
            ratings.forEach((code, value) -> {
                if (!ServiceStatements.CODES.contains(code)) {
                    tampered("unknown service statement " + code);
                }
                if (value == null || value < 1 || value > 5) {
                    tampered("service rating out of 1-5 for " + code);
                }
            });
        });
    }

    private static void tampered(String what) {
        log.warn("Barometer answer refused: {} (a value the form cannot send)", what);
        throw new TamperedAnswer(what);
    }

    /** A value no honest form sends. */
    static final class TamperedAnswer extends app.symetrie.common.UserFacingException {
        TamperedAnswer(String what) {
            super("barometer.error.tampered");
        }
    }
}
