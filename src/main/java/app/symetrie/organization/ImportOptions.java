package app.symetrie.organization;

import java.util.Map;

/**
 * How to read an HRIS file, chosen in the import view.
 *
 * @param encoding       the file's encoding, or {@link ImportEncoding#AUTO}
 * @param mapping        which header of the file holds which of our columns ({@link ImportColumn#name()} → header
 *                       as the file writes it); empty: headers are recognized by their name, or by the mapping
 *                       remembered from an earlier import when it fits the file
 * @param fullImport     the file is the whole organization: active people absent from it have left and are
 *                       deactivated
 */
public record ImportOptions(ImportEncoding encoding, Map<String, String> mapping, boolean fullImport) {

    public static final ImportOptions DEFAULT = new ImportOptions(ImportEncoding.AUTO, Map.of(), false);

    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public ImportOptions withMapping(Map<String, String> mapping) {
        return new ImportOptions(encoding, mapping, fullImport);
    }

    public ImportOptions withFullImport(boolean fullImport) {
        return new ImportOptions(encoding, mapping, fullImport);
    }

    public ImportOptions withEncoding(ImportEncoding encoding) {
        return new ImportOptions(encoding, mapping, fullImport);
    }
}
