package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A simple data table: a caption, an optional header row, rows of cells and whether the first
 * column holds row headers.
 *
 * @param id optional stable id, or {@code null}
 * @param caption the caption (required: it names the table for screen readers)
 * @param header the header row, or an empty list
 * @param rows the body rows, each as long as the header when there is one
 * @param rowHeaders whether the first cell of each row is a row header
 */
public record Table(String id, Message caption, List<Message> header, List<List<Message>> rows, boolean rowHeaders)
        implements Block {
    /** Validates and copies. */
    public Table {
        if (id != null) Validate.id(id, "table id");
        Objects.requireNonNull(caption, "table caption");
        header = Validate.list(header, "table header");
        List<List<Message>> copy = new ArrayList<>();
        for (List<Message> row : Validate.list(rows, "table rows")) {
            List<Message> r = Validate.list(row, "table row " + copy.size());
            if (!header.isEmpty() && r.size() != header.size()) {
                throw new IllegalArgumentException("table row " + copy.size() + " has " + r.size()
                        + " cells but the header has " + header.size());
            }
            copy.add(r);
        }
        if (copy.isEmpty()) throw new IllegalArgumentException("a table needs at least one row");
        rows = List.copyOf(copy);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
