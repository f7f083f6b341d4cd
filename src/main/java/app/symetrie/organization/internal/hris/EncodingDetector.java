package app.symetrie.organization.internal.hris;

import app.symetrie.organization.ImportEncoding;
import app.symetrie.organization.ImportLineError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Tells how an HRIS file is encoded, from its bytes, in one pass: strict UTF-8 validation (overlong forms and
 * surrogates are invalid) counting the multi-byte sequences, and the bytes Windows-1252 leaves undefined.
 * <p>
 * Only two encodings are in play, and they are told apart exactly: French text in Windows-1252 is never valid
 * UTF-8 (an accented letter is one byte ≥ 0x80 followed by an ASCII one), while UTF-8 text is. So valid UTF-8 is
 * UTF-8; invalid UTF-8 without a single multi-byte sequence is Windows-1252; invalid UTF-8 <em>with</em> multi-byte
 * sequences is two files pasted together, and reading it either way would garble part of it: it is refused.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the file is, or why it cannot be read in the encoding asked. */
    record Detected(Charset charset, @Nullable ImportLineError error) {
    }

    /** What a pass over the bytes found. Lines count from 1, by line feeds. */
    record Scan(long multiByteSequences, int firstInvalidUtf8Line, int firstUndefined1252Line) {
        boolean validUtf8() {
            return firstInvalidUtf8Line == 0;
        }
    }

    private EncodingDetector() {
    }

    static Detected detect(Path file, ImportEncoding wanted) throws IOException {
        Scan scan = scan(file);
        return switch (wanted) {
            case UTF_8 -> scan.validUtf8() ? utf8()
                    : refuse(StandardCharsets.UTF_8, scan.firstInvalidUtf8Line, ImportReasons.NOT_UTF8);
            case WINDOWS_1252 -> {
                if (scan.multiByteSequences > 0) {
                    yield scan.validUtf8()
                            ? refuse(WINDOWS_1252, 1, ImportReasons.LOOKS_UTF8)
                            : refuse(WINDOWS_1252, scan.firstInvalidUtf8Line, ImportReasons.MIXED_ENCODINGS);
                }
                yield scan.firstUndefined1252Line > 0
                        ? refuse(WINDOWS_1252, scan.firstUndefined1252Line, ImportReasons.NOT_WINDOWS_1252)
                        : new Detected(WINDOWS_1252, null);
            }
            case AUTO -> {
                if (scan.validUtf8()) {
                    yield utf8();
                }
                if (scan.multiByteSequences > 0) {
                    yield refuse(StandardCharsets.UTF_8, scan.firstInvalidUtf8Line, ImportReasons.MIXED_ENCODINGS);
                }
                yield scan.firstUndefined1252Line > 0
                        ? refuse(WINDOWS_1252, scan.firstUndefined1252Line, ImportReasons.NOT_TEXT)
                        : new Detected(WINDOWS_1252, null);
            }
        };
    }

    private static Detected utf8() {
        return new Detected(StandardCharsets.UTF_8, null);
    }

    private static Detected refuse(Charset charset, int line, String reason) {
        return new Detected(charset, new ImportLineError(line, "", reason, ""));
    }

    static Scan scan(Path file) throws IOException {
        long multiByte = 0;
        int line = 1;
        int firstInvalid = 0;
        int firstUndefined = 0;
        int need = 0;
        int lower = 0x80;
        int upper = 0xBF;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (firstUndefined == 0 && (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)) {
                        firstUndefined = line;
                    }
                    if (need > 0) {
                        if (b >= lower && b <= upper) {
                            lower = 0x80;
                            upper = 0xBF;
                            if (--need == 0) {
                                multiByte++;
                            }
                            continue;
                        }
                        // a sequence cut short: this byte starts afresh
                        need = 0;
                        lower = 0x80;
                        upper = 0xBF;
                        if (firstInvalid == 0) {
                            firstInvalid = line;
                        }
                    }
                    if (b < 0x80) {
                        if (b == '\n') {
                            line++;
                        }
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        lower = b == 0xE0 ? 0xA0 : 0x80;
                        upper = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        lower = b == 0xF0 ? 0x90 : 0x80;
                        upper = b == 0xF4 ? 0x8F : 0xBF;
                    } else if (firstInvalid == 0) {
                        firstInvalid = line;
                    }
                }
            }
        }
        if (need > 0 && firstInvalid == 0) {
            firstInvalid = line;
        }
        return new Scan(multiByte, firstInvalid, firstUndefined);
    }
}
