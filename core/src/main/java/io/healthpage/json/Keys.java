package io.healthpage.json;

/**
 * Derived message keys, exactly as in the "Keys" table of {@code docs/article-format.md}. The
 * reader uses them for messages without an explicit {@code key}; the writer leaves out a key
 * that equals the derived one. Positions are 1-based.
 */
final class Keys {
    private Keys() {}

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String DISCLOSURE = "disclosure";
    static final String DISCLAIMER = "disclaimer";
    static final String LICENSE_ATTRIBUTION = "license.attribution";
    static final String LEAD = "lead";

    static String breadcrumb(int i) {
        return "breadcrumb." + i;
    }

    static String person(String id, String field) {
        return "person." + id + "." + field;
    }

    static String topic(String id) {
        return "topic." + id + ".name";
    }

    static String takeaway(int i) {
        return "takeaway." + i;
    }

    static String sectionHeading(String id) {
        return "section." + id + ".heading";
    }

    /** The prefix of the blocks of a section: {@code section.ID}. */
    static String section(String id) {
        return "section." + id;
    }

    static String faqQuestion(String id) {
        return "faq." + id + ".question";
    }

    /** The prefix of the answer blocks of an FAQ item: {@code faq.ID.answer}. */
    static String faqAnswer(String id) {
        return "faq." + id + ".answer";
    }

    static String term(String id, String field) {
        return "term." + id + "." + field;
    }

    /** A block's key {@code B} under a prefix: its id when it has one, else its 1-based position. */
    static String block(String prefix, String blockId, int position) {
        return prefix + "." + (blockId != null ? blockId : String.valueOf(position));
    }
}
