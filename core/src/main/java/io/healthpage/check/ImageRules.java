package io.healthpage.check;

import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.WARNING;

import io.healthpage.check.ArticleWalker.BlockAt;
import io.healthpage.check.ArticleWalker.Unit;
import io.healthpage.model.Figure;
import java.util.List;
import java.util.regex.Pattern;

/** The rules about images: alt text that says what an image shows. */
final class ImageRules {
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(?:\\S+\\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)|(?:img|dsc|dscn|image|photo|screenshot|pic)[-_ ]?\\d+)");

    private ImageRules() {}

    static final ArticleRule ALT_MISSING = DefinedRule.builtIn("image.alt-missing", ERROR, "WCAG 2.2 SC 1.1.1",
            "empty alt on an image not marked decorative: describe it or mark it decorative", run -> informative(run, (alt, text, fig) -> {
                if (!text.isBlank()) return;
                run.report(run.problem(alt, "The image has empty alt text and is not marked decorative.")
                        .suggestion("Describe what the image shows, or mark it \"decorative\": true."));
            }));

    static final ArticleRule ALT_FILENAME = DefinedRule.builtIn("image.alt-filename", ERROR, "WCAG 2.2 SC 1.1.1",
            "alt text is a file name (`photo_1.jpg`, `IMG_4021`, the `src` name): describe the image",
            run -> informative(run, (alt, text, fig) -> {
                if (text.isBlank() || !isFileName(text, fig)) return;
                run.report(run.problem(alt, "The alt text is a file name, which tells the reader nothing.").text(text)
                        .suggestion("Describe what the image shows."));
            }));

    static final ArticleRule ALT_TOO_LONG = DefinedRule.builtIn("image.alt-too-long", WARNING, "WCAG 2.2 SC 1.1.1",
            "longer than `maxAltTextLength` characters: shorten, move details to the caption",
            run -> informative(run, (alt, text, fig) -> {
                if (text.isBlank() || isFileName(text, fig) || text.length() <= run.cfg.maxAltTextLength) return;
                run.report(run.problem(alt, "The alt text has " + text.length() + " characters (limit "
                        + run.cfg.maxAltTextLength + ").").text(text)
                        .suggestion("Keep the alt text short; put details in the caption or the text."));
            }));

    static final ArticleRule DECORATIVE_CAPTIONED = DefinedRule.builtIn("image.decorative-captioned", WARNING, "WCAG 2.2 SC 1.1.1",
            "marked decorative but captioned: give alt text or drop the caption", run -> {
                for (BlockAt b : run.walk.blocks) {
                    if (!(b.block() instanceof Figure fig) || !fig.decorative() || fig.caption() == null) continue;
                    run.report(run.problem(b.pointer(), "The image is marked decorative but has a caption, so it seems to carry "
                                    + "information.").key(fig.caption().key()).section(b.sectionId()).text(fig.src())
                            .suggestion("Give it alt text that says what it shows, or drop the caption."));
                }
            });

    static final List<ArticleRule> ALL = List.of(ALT_MISSING, ALT_FILENAME, ALT_TOO_LONG, DECORATIVE_CAPTIONED);

    /** A check of the alt text of one image. */
    private interface AltCheck {
        void check(Unit alt, String text, Figure figure);
    }

    /** Runs {@code check} on the alt text of every image not marked decorative, in document order. */
    private static void informative(CheckRun run, AltCheck check) {
        for (BlockAt b : run.walk.blocks) {
            if (!(b.block() instanceof Figure fig) || fig.decorative()) continue;
            Unit alt = run.unitAt(b.pointer() + "/alt");
            check.check(alt, run.plain.get(alt), fig);
        }
    }

    private static boolean isFileName(String text, Figure fig) {
        return FILE_NAME.matcher(text.strip()).matches() || fileName(fig.src()).equalsIgnoreCase(text.strip());
    }

    private static String fileName(String src) {
        String s = src.replaceAll("[?#].*$", "");
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
