package vn.langso.place;

import java.time.LocalDate;
import java.util.List;

/** Communes {@code fromIds} become one new commune-level unit from {@code effectiveOn}. */
public record MergeCommunes(List<Long> fromIds, String typeCode, String name, String code, LocalDate effectiveOn) {
}
