package app.symetrie.barometer;

import java.util.List;

/**
 * A freshly printed sheet of kiosk codes: the only clear copy of its codes (the store keeps their hashes).
 *
 * @param codes     one per person of the department invited to the wave
 * @param kioskUrl  the kiosk page, where a code is typed
 * @param codeUrls  for each code (same order), the link a QR code holds: the kiosk page with the code filled in
 */
public record KioskSheet(Wave wave, String departmentName, List<String> codes, String kioskUrl,
                         List<String> codeUrls) {

    public KioskSheet {
        codes = List.copyOf(codes);
        codeUrls = List.copyOf(codeUrls);
    }
}
