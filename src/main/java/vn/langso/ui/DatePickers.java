package vn.langso.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/**
 * Date fields as Vietnamese people write dates (dd/MM/yyyy, Monday first), in the user's language. Apart from
 * {@link Dates} so that only the screens with a date field download the date picker (22 KB compressed).
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(List.of(picker.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(picker.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(picker.getTranslation("date.weekdaysShort").split(",")));
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("date.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("date.badInput"));
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        picker.setWidthFull();
        return picker;
    }
}
