package io.healthpage.examples.cli;

import io.healthpage.safety.Sanitizer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code healthpage sanitize}: untrusted HTML on stdin, the library's safe subset on stdout. */
@Command(name = "sanitize", mixinStandardHelpOptions = true,
        description = {"Reads an untrusted HTML fragment (UTF-8) on stdin and writes it on stdout cleaned with",
                "the library's policy (Sanitizer.standard(): no scripts, styles, event handlers or unsafe URLs)."})
final class SanitizeCommand implements Callable<Integer> {
    /** Inputs larger than this are refused rather than read into memory. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = main.in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw CliException.usage("stdin: more than " + MAX_BYTES / (1024 * 1024) + " MB; sanitize one fragment at a time");
        }
        String html;
        try {
            html = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CliException.usage("stdin: not valid UTF-8; convert the input to UTF-8 first");
        }
        String clean = Sanitizer.standard().sanitize(html);
        main.out.print(clean);
        if (!clean.isEmpty() && !clean.endsWith("\n")) main.out.println();
        main.out.flush();
        return Main.OK;
    }
}
