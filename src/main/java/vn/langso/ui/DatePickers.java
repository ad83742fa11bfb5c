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
     * Limits a picker to the dates from {@code min} to {@code max} (either may be null): the calendar offers no
     * other, and a date outside typed or sent anyway is named at the field with {@code message}.
     */
    public static void between(DatePicker picker, LocalDate min, LocalDate max, String message) {
        picker.setMin(min);
        picker.setMax(max);
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        i18n.setMinErrorMessage(message);
        i18n.setMaxErrorMessage(message);
        picker.setI18n(i18n);
    }

    /**
     * The picker must have a date (a person may empty it): an empty one says {@code date.required} at the field,
     * at once and again on saving.
     */
    public static void required(DatePicker picker) {
        picker.setRequired(true);
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        i18n.setRequiredErrorMessage(picker.getTranslation("date.required"));
        picker.setI18n(i18n);
    }

    /** On saving: does the picker hold a date it can take; if not, the reason is shown at the field. */
    public static boolean holdsADate(DatePicker picker) {
        if (picker.getValue() == null && !picker.isInvalid()) {
            picker.setErrorMessage(picker.getTranslation("date.required"));
            picker.setInvalid(true);
        }
        return !picker.isInvalid() && picker.getValue() != null;
    }

    /**
     * A date that happened, from {@code earliest} to today in Vietnam, today picked already and never left empty (a
     * member's leaving or moving date, say); a date outside is named at the field with {@code outOfRange}.
     */
    public static DatePicker requiredUpToToday(String label, LocalDate earliest, String outOfRange) {
        DatePicker picker = picker(label);
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        picker.setValue(today);
        between(picker, earliest, today, outOfRange);
        required(picker);
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
            // The picker shows no date, its box the text that came, and it is told of a text it cannot read, as
            // when a person types one: it says date.badInput at the field.
            getElement().setProperty("value", "");
            if (getElement().getProperty("_inputElementValue", "").isEmpty()) {
                getElement().setProperty("_inputElementValue", sent);
            }
            setModelValue(null, true);
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
