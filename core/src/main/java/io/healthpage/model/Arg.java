package io.healthpage.model;

/**
 * A typed argument of a {@link Message}: a value that is localized (formatted for the target
 * locale by ICU) but never translated. Immutable and thread-safe, like every implementation.
 *
 * <p>In a pattern an argument is used by name, e.g. {@code "Relief lasts {duration}."} or, for
 * numbers, inside a plural: {@code "{count, plural, one {# study} other {# studies}}"}.
 */
public sealed interface Arg permits NumberArg, PercentArg, QuantityArg, RangeArg, DateArg, YearArg, TextArg {

    /** The name of the type as written in the JSON format ("number", "quantity", ...). */
    String typeName();
}
