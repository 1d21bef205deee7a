package io.healthpage.i18n.tools;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Text for the XLIFF writers: what XML 1.0 can carry and how. Stateless and thread-safe. */
final class XmlText {
    private XmlText() {}

    /** Text with CR written as a character reference (a parser would turn a literal CR into LF). */
    static void text(XMLStreamWriter w, String s) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r') {
                w.writeCharacters(s.substring(start, i));
                w.writeEntityRef("#13");
                start = i + 1;
            }
        }
        w.writeCharacters(s.substring(start));
    }

    /** Whether the code point at {@code i} is a character XML 1.0 allows (a lone surrogate is not). */
    static boolean xmlChar(String s, int i, int cp) {
        if (Character.isSurrogate(s.charAt(i)) && cp == s.charAt(i)) return false; // lone surrogate
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }

    /** Notes and attributes cannot hold inline codes: characters XML cannot carry become U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (xmlChar(s, i, cp)) {
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            } else {
                sb.append('\uFFFD');
                i++;
            }
        }
        return sb.toString();
    }
}
