package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * One step of the breadcrumb trail.
 *
 * @param label the label
 * @param href where it leads (http, https or relative)
 */
public record Breadcrumb(Message label, String href) {
    /** Validates. */
    public Breadcrumb {
        Objects.requireNonNull(label, "breadcrumb label");
        Validate.notBlank(href, "breadcrumb href");
    }
}
