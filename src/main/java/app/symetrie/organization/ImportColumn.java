package app.symetrie.organization;

import java.util.List;

/** A column the HRIS import understands, for the help shown next to the upload. */
public record ImportColumn(String name, boolean required, List<String> aliases) {
    public ImportColumn {
        aliases = List.copyOf(aliases);
    }
}
