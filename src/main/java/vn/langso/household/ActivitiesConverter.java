package vn.langso.household;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a visit's activities as their names in form order, e.g. "VNEID,QR_PAYMENT". Public for the demo generator,
 * which writes visits in bulk.
 */
@Converter
public class ActivitiesConverter implements AttributeConverter<Set<VisitActivity>, String> {

    @Override
    public String convertToDatabaseColumn(Set<VisitActivity> activities) {
        EnumSet<VisitActivity> inFormOrder = EnumSet.noneOf(VisitActivity.class);
        if (activities != null) {
            inFormOrder.addAll(activities);
        }
        return inFormOrder.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<VisitActivity> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(VisitActivity::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VisitActivity.class)));
    }
}
