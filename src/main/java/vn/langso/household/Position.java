package vn.langso.household;

import java.math.BigDecimal;

/** Where the phone said it was, if the member chose to add it. */
public record Position(BigDecimal latitude, BigDecimal longitude, Integer accuracyMetres) {
}
