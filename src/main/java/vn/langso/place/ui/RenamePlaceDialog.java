package vn.langso.place.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.place.PlaceRow;
import vn.langso.place.PlaceRuleException;
import vn.langso.place.PlaceService;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** A new name from a date; the old one is kept and still finds the place. */
class RenamePlaceDialog extends Dialog {

    RenamePlaceDialog(PlaceService places, PlaceRow place, Runnable afterSave) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("place.rename.title", place.typeName() + " " + place.name()));
        TextField name = new TextField(getTranslation("place.rename.name"));
        name.setValue(place.name());
        name.setMaxLength(200);
        name.setWidthFull();
        DatePicker effectiveOn = DatePickers.picker(getTranslation("place.merge.effectiveOn"));
        java.time.LocalDate latest = vn.langso.common.RecordDates.latestPlaceChange(
                java.time.LocalDate.now(Dates.VIETNAM));
        DatePickers.between(effectiveOn, vn.langso.common.RecordDates.EARLIEST, latest, getTranslation(
                "place.merge.dateOutOfRange", Dates.format(vn.langso.common.RecordDates.EARLIEST), Dates.format(latest)));
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                places.rename(place.id(), name.getValue(), effectiveOn.getValue());
                close();
                afterSave.run();
            } catch (PlaceRuleException refused) {
                HasValidation field = refused.messageKey().startsWith("place.merge.date") ? effectiveOn : name;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                field.setInvalid(true);
                save.setEnabled(true);
            } catch (PlaceNotFoundException gone) {
                close();
                afterSave.run();
            }
        });
        add(name, effectiveOn);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
