package io.healthpage.i18n.tools;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * What Okapi's XLIFF 2 reader — an independent implementation, validating against the OASIS core
 * schema and the spec's processing rules — sees in a file. Throws if Okapi finds the file invalid.
 */
final class XliffOkapi {
    record OkapiUnit(String id, String source, String target, String state, Map<String, String> notes) {}

    record OkapiFile(String srcLang, String trgLang, Map<String, OkapiUnit> units) {}

    private XliffOkapi() {}

    static OkapiFile read(String xml) {
        String src = null;
        String trg = null;
        Map<String, OkapiUnit> units = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                Event e = reader.next();
                if (e.isStartXliff()) {
                    src = e.getStartXliffData().getSourceLanguage();
                    trg = e.getStartXliffData().getTargetLanguage();
                }
                if (!e.isUnit()) continue;
                Unit u = e.getUnit();
                List<Segment> segments = new ArrayList<>();
                u.getSegments().forEach(segments::add);
                if (segments.size() != 1) throw new AssertionError(u.getId() + ": " + segments.size() + " segments");
                Segment s = segments.get(0);
                Map<String, String> notes = new LinkedHashMap<>();
                if (u.getNoteCount() > 0) for (Note n : u.getNotes()) notes.put(n.getCategory(), n.getText());
                units.put(u.getId(), new OkapiUnit(u.getId(), s.getSource().getPlainText(),
                        s.hasTarget() ? s.getTarget().getPlainText() : null, s.getState().toString(), notes));
            }
        }
        return new OkapiFile(src, trg, units);
    }
}
