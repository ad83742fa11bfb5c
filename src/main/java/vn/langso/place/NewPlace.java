package vn.langso.place;

import java.time.LocalDate;

/** A place to create; {@code parentId} is null only for a province. */
public record NewPlace(Long parentId, String typeCode, String code, String name, LocalDate validFrom) {
}
