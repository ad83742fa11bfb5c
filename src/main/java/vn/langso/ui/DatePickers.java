package vn.langso.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;

/**
 * Date fields as Vietnamese people write dates (dd/MM/yyyy, Monday first), in the user's language. Apart from
 * {@link Dates} so that only the screens with a date field download the date picker (22 KB compressed).
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker picker(String label) {
        DatePicker picker = new DatePickerTakingOnlyDates(label);
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

    /**
     * A date picker that takes from the browser only a date (yyyy-mm-dd) or nothing. Its web component sends
     * nothing else, but a tampered request can, and Vaadin's picker then fails with an exception (an error in the
     * log, "an error occurred" on the screen). Here such a value is a date the picker cannot read: the field is left
     * empty and says so at the field ({@code date.badInput}), as when a person types a date it cannot read.
     */
    private static final class DatePickerTakingOnlyDates extends DatePicker {

        DatePickerTakingOnlyDates(String label) {
            super(label);
        }

        @Override
        protected boolean hasValidValue() {
            String sent = getElement().getProperty("value", "");
            if (sent.isEmpty() || readable(sent)) {
                return super.hasValidValue();
            }
            getElement().setProperty("_hasInputValue", true);
            getElement().setProperty("value", "");
            validate();
            return false;
        }

        private static boolean readable(String isoDate) {
            try {
                LocalDate.parse(isoDate);
                return true;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return false;
            }
        }
    }
}
