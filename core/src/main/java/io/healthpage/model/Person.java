package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * An author or medical reviewer: a person or an organisation. Names are not translated;
 * credentials, role and bio are messages. Immutable and thread-safe. Build one with
 * {@link #builder(String, PersonKind, String)}, which stays source compatible when parts are added.
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
        if (kind == null) throw new NullPointerException("kind of person '" + id + "'"); // message built only when needed
        Validate.notBlank(name, "name of person '" + id + "'");
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
        return new Builder(id, kind, name);
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
         * @throws NullPointerException if the id, the kind or the name is null
         * @throws IllegalArgumentException if the id is not a valid id or the name is blank
         */
        public Person build() {
            return new Person(id, kind, name, credentials, role, url, bio);
        }
    }
}
