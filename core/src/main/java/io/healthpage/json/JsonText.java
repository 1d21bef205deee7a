package io.healthpage.json;

import io.healthpage.internal.JsonStrings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Serializes maps, lists, strings, numbers, booleans and dates as pretty JSON (two-space indent); strings
 * are escaped by {@link JsonStrings}, the same rules as for bundles.
 */
final class JsonText {
    private JsonText() {}

    static void write(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                pad(sb, indent + 1);
                JsonStrings.quote(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
                if (it.hasNext()) sb.append(',');
                sb.append('\n');
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                pad(sb, indent + 1);
                write(sb, l.get(i), indent + 1);
                if (i + 1 < l.size()) sb.append(',');
                sb.append('\n');
            }
            pad(sb, indent);
            sb.append(']');
        } else if (v instanceof String s) {
            JsonStrings.quote(sb, s);
        } else if (v instanceof LocalDate d) {
            JsonStrings.quote(sb, d.toString());
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toString());
        } else if (v instanceof Integer || v instanceof Boolean) {
            sb.append(v);
        } else {
            throw new IllegalArgumentException("cannot write " + (v == null ? "null" : v.getClass()));
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        for (int i = 0; i < indent; i++) sb.append("  ");
    }
}
