package app.symetrie.organization.internal.hris;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams an HRIS CSV file record by record, in the encoding {@link EncodingDetector} found or the administrator
 * chose (read strictly: what that encoding cannot read is reported, never garbled), with or without a UTF-8
 * byte-order mark, separated by {@code ;}, {@code ,} or a tab — whichever the header line uses most.
 * Only the current record is in memory. Line numbers are those a spreadsheet shows (the header is line 1), even
 * with blank lines or a quoted field spanning several physical lines.
 */
final class HrisCsvFile implements Closeable {

    private static final char BOM = '\uFEFF';
    private static final int HEADER_PEEK_LIMIT = 1 << 20;

    private final CountingInputStream bytes;
    private final DigestInputStream digested;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char separator;
    private final long size;
    private final @Nullable HrisHeader header;
    private final ErrorCollector errors;
    private final Path file;

    private final Charset charset;

    private HrisCsvFile(Path file, CountingInputStream bytes, DigestInputStream digested, BufferedReader reader,
                        char separator, long size, ErrorCollector errors, Charset charset,
                        Map<HrisColumn, String> mapping) throws IOException {
        this.charset = charset;
        this.file = file;
        this.bytes = bytes;
        this.digested = digested;
        this.separator = separator;
        this.size = size;
        this.errors = errors;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        this.parser = format.parse(reader);
        this.records = parser.iterator();
        CSVRecord first = errors.isEmpty() ? nextCsvRecord() : null;
        this.header = first == null ? null : HrisHeader.of(first.toList(), mapping, errors);
        if (first == null && errors.isEmpty()) {
            errors.add(1, "", ImportReasons.FILE_EMPTY, "");
        }
    }

    /**
     * Opens the file and reads its header. File-level problems (no header, not UTF-8, a required column missing)
     * go to {@code errors}; check it before reading records.
     */
    static HrisCsvFile open(Path file, ErrorCollector errors) throws IOException {
        return open(file, StandardCharsets.UTF_8, Map.of(), errors);
    }

    /**
     * Opens the file read in {@code charset} (strictly: a byte sequence it cannot read is an error, never a
     * replacement character), with a mapping of columns to headers (empty: recognize the headers).
     */
    static HrisCsvFile open(Path file, Charset charset, Map<HrisColumn, String> mapping, ErrorCollector errors)
            throws IOException {
        CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        try {
            var decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            DigestInputStream digested = new DigestInputStream(bytes, sha256());
            BufferedReader reader = new BufferedReader(new InputStreamReader(digested, decoder), 1 << 16);
            char separator = ',';
            try {
                skipBom(reader);
                separator = detectSeparator(reader);
            } catch (CharacterCodingException e) {
                notReadable(file, charset, errors);
            }
            return new HrisCsvFile(file, bytes, digested, reader, separator, Files.size(file), errors, charset,
                    mapping);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /** The separator the header line uses most, outside quotes: {@code ;}, tab or {@code ,} (the default). */
    static char detectSeparator(BufferedReader reader) throws IOException {
        reader.mark(HEADER_PEEK_LIMIT);
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int read = 0; read < HEADER_PEEK_LIMIT - 1; read++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case ',' -> commas++;
                    default -> {
                    }
                }
            }
        }
        reader.reset();
        if (semicolons > 0 && semicolons >= tabs && semicolons >= commas) {
            return ';';
        }
        if (tabs > 0 && tabs >= commas) {
            return '\t';
        }
        return ',';
    }

    /** Null when the header could not be read (see the errors). */
    @Nullable HrisHeader header() {
        return header;
    }

    char separator() {
        return separator;
    }

    long size() {
        return size;
    }

    long bytesRead() {
        return bytes.count();
    }

    /**
     * The next non-blank data line, or null at the end of the file — or at a problem that stops the reading (a
     * broken quote, a byte sequence that is not UTF-8), which is then in the errors.
     */
    @Nullable HrisRecord next() {
        while (true) {
            CSVRecord record = nextCsvRecord();
            if (record == null) {
                return null;
            }
            HrisRecord line = new HrisRecord((int) record.getRecordNumber(),
                    record.stream().map(String::strip).toList());
            if (!line.isBlank()) {
                return line;
            }
        }
    }

    private @Nullable CSVRecord nextCsvRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            int line = (int) parser.getRecordNumber() + 1;
            if (e.getCause() instanceof CharacterCodingException) {
                notReadable(file, charset, errors);
                return null;
            }
            if (e.getCause() instanceof CSVException) {
                errors.add(line, "", ImportReasons.MALFORMED, "");
                return null;
            }
            throw e;
        }
    }

    private static void notReadable(Path file, Charset charset, ErrorCollector errors) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            errors.add(firstLineNotUtf8(file), "", ImportReasons.NOT_UTF8, "");
        } else {
            errors.add(1, "", ImportReasons.NOT_WINDOWS_1252, "");
        }
    }

    Charset charset() {
        return charset;
    }

    /**
     * The first line (counted by line breaks) that is not valid UTF-8. The reader decodes whole buffers ahead of
     * the parser, so where it failed says nothing precise: the rare file that fails is read again, line by line.
     */
    static int firstLineNotUtf8(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b < 0) {
                        return 1;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            return 1;
        }
    }

    /** SHA-256 of every byte read so far: of the whole file once {@link #next()} has returned null. */
    String checksum() throws IOException {
        digested.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digested.getMessageDigest().digest());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    static String checksum(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
