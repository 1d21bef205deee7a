package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * An author or medical reviewer: a person or an organisation. Names are not translated;
 * credentials, role and bio are messages. A reviewer whose name is not known yet may be given by role
 * only ("Pharmacist"): the name is then {@code null} and the role required. Immutable and thread-safe.
 * Build one with {@link #builder(String, PersonKind, String)}, or {@link #byRole(String, PersonKind, Message)}
 * for one given by role only; both stay source compatible when parts are added.
 *
 * @param id stable id
 * @param kind person or organisation
 * @param name the name as written, or {@code null} for someone given by role only
 * @param credentials e.g. "MD, board-certified in internal medicine", or {@code null}
 * @param role e.g. "Medical editor", or {@code null} (required when there is no name)
 * @param url a profile page, or {@code null}
 * @param bio a short bio, or {@code null}
 */
public record Person(String id, PersonKind kind, String name, Message credentials, Message role, String url, Message bio) {
    /**
     * Validates.
     *
     * @throws NullPointerException if the id or the kind is null
     * @throws IllegalArgumentException if the id is not a valid id, the name is blank, or there is neither a
     *         name nor a role
     */
    public Person {
        Validate.id(id, "person id");
        if (kind == null) throw new NullPointerException("kind of person '" + id + "'"); // message built only when needed
        if (name != null) Validate.notBlank(name, "name of person '" + id + "'");
        else if (role == null) {
            throw new IllegalArgumentException("person '" + id + "' needs a name, or a role until the name is known");
        }
    }

    /** Whether the person is given by role only (no name yet). */
    public boolean roleOnly() {
        return name == null;
    }

    /**
     * A builder for a person or organisation; credentials, role, URL and bio start empty.
     *
     * @param id the stable id
     * @param kind person or organisation
     * @param name the name as written
     * @return a new builder
     */
    public static Builder builder(String id, PersonKind kind, String name) {
        return new Builder(id, kind, Objects.requireNonNull(name, "name of person '" + id + "'"));
    }

    /**
     * A builder for someone given by role only, whose name is not known yet ("Pharmacist"); credentials, URL
     * and bio start empty.
     *
     * @param id the stable id
     * @param kind person or organisation
     * @param role what they are, in the article's language
     * @return a new builder
     */
    public static Builder byRole(String id, PersonKind kind, Message role) {
        return new Builder(id, kind, null).role(Objects.requireNonNull(role, "role of person '" + id + "'"));
    }

    /**
     * Builds a {@link Person}. Each setter replaces what was set before; {@code null} means "none".
     * {@link #build()} validates as the constructor does. Not thread-safe; the person it builds is.
     */
    public static final class Builder {
        private final String id;
        private final PersonKind kind;
        private final String name;
        private Message credentials;
        private Message role;
        private String url;
        private Message bio;

        private Builder(String id, PersonKind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        /** Sets the credentials ("MD, board-certified in internal medicine"). */
        public Builder credentials(Message v) { credentials = v; return this; }
        /** Sets the role ("Medical editor"). */
        public Builder role(Message v) { role = v; return this; }
        /** Sets the profile page. */
        public Builder url(String v) { url = v; return this; }
        /** Sets the short bio. */
        public Builder bio(Message v) { bio = v; return this; }

        /**
         * Builds the person.
         *
         * @return the person
         * @throws NullPointerException if the id or the kind is null
         * @throws IllegalArgumentException if the id is not a valid id, the name is blank, or a person given by
         *         role only has no role
         */
        public Person build() {
            return new Person(id, kind, name, credentials, role, url, bio);
        }
    }
}
