package io.healthpage.i18n;

import static io.healthpage.internal.JsonStrings.quote;

import java.util.Objects;

/**
 * Writes a {@link Bundle} in the two file formats that {@link BundleLoader} reads, with a fixed field
 * order and two-space indentation so that files diff well under version control. Stateless and
 * thread-safe. Loading what this writes gives an equal bundle (apart from line and column numbers).
 *
 * <p>In the JSON form, text is written as it is, so translators read their own script; only what JSON
 * requires ({@code "}, {@code \}, control characters) and what would be invisible or lost (DEL and the
 * C1 controls, U+2028 / U+2029, a lone surrogate, which has no UTF-8 form) are escaped, with the same
 * rules as the article files.
 */
public final class BundleWriter {
    private BundleWriter() {}

    /** The JSON form ({@code <locale>.json}). */
    public static String json(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        BundleMetadata m = bundle.metadata();
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": 1,\n");
        sb.append("  \"locale\": ").append(quote(bundle.locale().toLanguageTag())).append(",\n");
        sb.append("  \"kind\": ").append(quote(bundle.kind().fileName())).append(",\n");
        if (bundle.articleId() != null) sb.append("  \"article\": ").append(quote(bundle.articleId())).append(",\n");
        sb.append("  \"sourceLocale\": ").append(quote(m.sourceLocale().toLanguageTag())).append(",\n");
        if (m.translator() != null) sb.append("  \"translator\": ").append(quote(m.translator())).append(",\n");
        sb.append("  \"review\": { \"medicallyReviewed\": ").append(m.medicallyReviewed())
                .append(", \"reviewer\": ").append(m.reviewer() == null ? "null" : quote(m.reviewer()))
                .append(", \"date\": ").append(m.reviewDate() == null ? "null" : quote(m.reviewDate().toString()))
                .append(" },\n");
        sb.append("  \"messages\": {");
        String sep = "\n";
        for (BundleEntry e : bundle.entries().values()) {
            sb.append(sep).append("    ").append(quote(e.key())).append(": { \"text\": ").append(quote(e.text()));
            if (e.sourceHash() != null) sb.append(", \"source\": ").append(quote(e.sourceHash()));
            if (e.note() != null) sb.append(", \"note\": ").append(quote(e.note()));
            sb.append(" }");
            sep = ",\n";
        }
        sb.append(bundle.entries().isEmpty() ? "}\n" : "\n  }\n");
        return sb.append("}\n").toString();
    }

    /** The properties form ({@code <locale>.properties}, to be saved as UTF-8). */
    public static String properties(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        BundleMetadata m = bundle.metadata();
        StringBuilder sb = new StringBuilder();
        sb.append("# healthpage bundle, UTF-8; see docs/bundle-format.md\n");
        line(sb, "@format", "1");
        line(sb, "@locale", bundle.locale().toLanguageTag());
        line(sb, "@kind", bundle.kind().fileName());
        if (bundle.articleId() != null) line(sb, "@article", bundle.articleId());
        line(sb, "@sourceLocale", m.sourceLocale().toLanguageTag());
        if (m.translator() != null) line(sb, "@translator", m.translator());
        line(sb, "@review.medicallyReviewed", String.valueOf(m.medicallyReviewed()));
        if (m.reviewer() != null) line(sb, "@review.reviewer", m.reviewer());
        if (m.reviewDate() != null) line(sb, "@review.date", m.reviewDate().toString());
        for (BundleEntry e : bundle.entries().values()) {
            sb.append('\n');
            line(sb, e.key(), e.text());
            if (e.sourceHash() != null) line(sb, e.key() + "@source", e.sourceHash());
            if (e.note() != null) line(sb, e.key() + "@note", e.note());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(name).append(" = ");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case ' ' -> sb.append(i == 0 ? "\\ " : " "); // leading blanks would be skipped
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('\n');
    }
}
