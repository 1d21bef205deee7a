package io.healthpage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The null rule of CONTRIBUTING.md for arguments: a null required argument is a NullPointerException
 * naming it, a bad non-null value an IllegalArgumentException saying what is expected.
 */
class NullArgumentsTest {

    @Test
    void quantityUnit() {
        NullPointerException none = assertThrows(NullPointerException.class, () -> new QuantityArg(BigDecimal.ONE, null));
        assertEquals("quantity unit", none.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new QuantityArg(BigDecimal.ONE, " "));
        assertEquals("quantity unit must name a CLDR unit, e.g. \"minute\" or \"milligram-per-kilogram\"", blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuantityArg(BigDecimal.ONE, "not a unit"));
    }

    @Test
    void rangeUnitIsOptionalButNotBlank() {
        assertEquals(null, new RangeArg(BigDecimal.ONE, BigDecimal.TEN, null).unit());
        assertThrows(IllegalArgumentException.class, () -> new RangeArg(BigDecimal.ONE, BigDecimal.TEN, ""));
        assertEquals("range low", assertThrows(NullPointerException.class, () -> new RangeArg(null, BigDecimal.TEN, null)).getMessage());
    }
}
