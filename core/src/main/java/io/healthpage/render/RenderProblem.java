package io.healthpage.render;

/**
 * Something the renderer had to work around; the output is still complete and safe.
 *
 * @param code e.g. {@code render.message-broken}, {@code render.url-dropped}, {@code render.unknown-ref}
 * @param key the message key concerned, or {@code null}
 * @param message what happened and what to do
 */
public record RenderProblem(String code, String key, String message) {
    @Override
    public String toString() {
        return code + (key == null ? "" : " [" + key + "]") + ": " + message;
    }
}
