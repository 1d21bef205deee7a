package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * An author or medical reviewer: a person or an organisation. Names are not translated;
 * credentials, role and bio are messages.
 *
 * @param id stable id
 * @param kind person or organisation
 * @param name the name as written
 * @param credentials e.g. "MD, board-certified in internal medicine", or {@code null}
 * @param role e.g. "Medical editor", or {@code null}
 * @param url a profile page, or {@code null}
 * @param bio a short bio, or {@code null}
 */
public record Person(String id, PersonKind kind, String name, Message credentials, Message role, String url, Message bio) {
    /** Validates. */
    public Person {
        Validate.id(id, "person id");
        Objects.requireNonNull(kind, "kind of person '" + id + "'");
        Validate.notBlank(name, "name of person '" + id + "'");
    }
}
