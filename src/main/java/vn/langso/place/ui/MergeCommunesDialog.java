package vn.langso.place.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.langso.common.VietnameseText;
import vn.langso.place.MergeCommunes;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceRuleException;
import vn.langso.place.PlaceService;
import vn.langso.place.PlaceTypeRef;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** Two or more communes become one from a date; their villages, teams and people follow. */
class MergeCommunesDialog extends Dialog {

    private final MultiSelectComboBox<PlaceRef> communes = new MultiSelectComboBox<>();
    private final Select<PlaceTypeRef> type = new Select<>();
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final DatePicker effectiveOn = DatePickers.picker("");

    MergeCommunesDialog(PlaceService places, Runnable afterSave) {
        addClassName("form-dialog");
        setHeaderTitle(getTranslation("place.merge.title"));
        List<PlaceRef> all = places.communesInMyScope();
        communes.setLabel(getTranslation("place.merge.from"));
        communes.setItems((PlaceRef commune, String filter) -> VietnameseText.searchKey(commune.name())
                .contains(VietnameseText.searchKey(filter)), all);
        communes.setItemLabelGenerator(commune -> commune.label(getLocale()));
        type.setLabel(getTranslation("place.merge.type"));
        List<PlaceTypeRef> communeTypes = places.typesAt(PlaceLevel.COMMUNE);
        type.setItems(communeTypes);
        type.setItemLabelGenerator(value -> value.label(getLocale()));
        type.setValue(communeTypes.getFirst());
        name.setLabel(getTranslation("place.merge.name"));
        name.setMaxLength(200);
        code.setLabel(getTranslation("place.merge.code"));
        code.setMaxLength(32);
        effectiveOn.setLabel(getTranslation("place.merge.effectiveOn"));
        java.time.LocalDate latest = vn.langso.common.RecordDates.latestPlaceChange(
                java.time.LocalDate.now(Dates.VIETNAM));
        DatePickers.between(effectiveOn, vn.langso.common.RecordDates.EARLIEST, latest, getTranslation(
                "place.merge.dateOutOfRange", Dates.format(vn.langso.common.RecordDates.EARLIEST), Dates.format(latest)));
        for (var field : new com.vaadin.flow.component.HasSize[] {communes, type, name, code}) {
            field.setWidthFull();
        }
        Button save = new Button(getTranslation("place.merge.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                places.merge(new MergeCommunes(communes.getValue().stream().map(PlaceRef::id).toList(),
                        type.getValue().code(), name.getValue(), code.getValue().strip(), effectiveOn.getValue()));
                close();
                afterSave.run();
            } catch (PlaceRuleException refused) {
                HasValidation field = switch (refused.messageKey()) {
                    case "place.nameRequired" -> name;
                    case "place.merge.dateRequired", "place.merge.dateOutOfRange" -> effectiveOn;
                    default -> communes;
                };
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                field.setInvalid(true);
                save.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("place.merge.help")), communes, type, name, code, effectiveOn);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
