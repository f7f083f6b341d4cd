package app.symetrie.training;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A training session as an iCalendar file (RFC 5545), for "add to my calendar". Times are written in UTC. */
public final class SessionCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD = 75;

    private SessionCalendar() {
    }

    public static String fileName(Course course) {
        String slug = java.text.Normalizer.normalize(course.title(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(java.util.Locale.ROOT);
        return (slug.isEmpty() ? "training" : slug) + ".ics";
    }

    public static String ics(Course course, TrainingSession session, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Symetrie//Trainings//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + session.id().value() + "@symetrie");
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(session.start()));
        line(out, "DTEND:" + UTC.format(session.end()));
        line(out, "SUMMARY:" + escape(course.title()));
        line(out, "LOCATION:" + escape(session.place()));
        String description = course.description().isEmpty() ? session.trainerName()
                : course.description() + "\n" + session.trainerName();
        line(out, "DESCRIPTION:" + escape(description));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes text values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes a content line, folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
