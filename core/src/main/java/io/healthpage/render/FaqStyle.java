package io.healthpage.render;

/** How {@link HtmlRenderer} renders the FAQ. */
public enum FaqStyle {
    /** Each question a {@code <details>}/{@code <summary>} expander (compact; some screen readers announce these poorly). */
    DETAILS,
    /** Each question a heading followed by its answer (the most robust for assistive technology). */
    HEADINGS
}
