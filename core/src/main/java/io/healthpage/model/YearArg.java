package io.healthpage.model;

/**
 * A calendar year, formatted with the locale's digits but never with a grouping separator
 * ("1962", not "1,962").
 *
 * @param year the year
 */
public record YearArg(int year) implements Arg {
    /** Validates the argument. */
    public YearArg {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range 1..9999");
    }

    @Override
    public String typeName() {
        return "year";
    }
}
