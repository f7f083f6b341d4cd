package app.symetrie.board.ui;

import app.symetrie.board.BoardExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;

/** "Export: CSV · Excel · PDF" links; each file is built when it is downloaded. */
final class ExportLinks extends Div {

    ExportLinks(Function<BoardExport.Format, BoardExport.ExportFile> export) {
        add(new Span(getTranslation("export.label")));
        addClassName("export-links");
        for (BoardExport.Format format : BoardExport.Format.values()) {
            String name = format.name().toLowerCase(Locale.ROOT);
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                BoardExport.ExportFile file = export.apply(format);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(),
                        file.contentType(), file.content().length);
            }), getTranslation("export." + name));
            link.setId("export-" + name);
            add(link);
        }
    }
}
