package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;

/**
 * A section of the article with a stable id, a heading, blocks and nested subsections.
 *
 * @param id the stable id (used for anchors and message keys)
 * @param heading the heading text
 * @param blocks the content blocks
 * @param subsections nested sections, one heading level deeper
 */
public record Section(String id, Message heading, List<Block> blocks, List<Section> subsections) {
    /** Validates and copies. */
    public Section {
        Validate.id(id, "section id");
        if (heading == null) throw new NullPointerException("heading of section '" + id + "'"); // message built only when needed
        blocks = Validate.list(blocks, "blocks of section '" + id + "'");
        subsections = Validate.list(subsections, "subsections of section '" + id + "'");
    }
}
