package vn.langso.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceName;
import vn.langso.place.PlaceService;

/** A villager's home in two steps, commune then village; typing without accents finds "Nà Héc" by "na hec". */
class HomeVillagePicker extends Div {

    private final ComboBox<PlaceName> commune = new ComboBox<>();
    private final ComboBox<PlaceName> village = new ComboBox<>();

    HomeVillagePicker(PlaceService places) {
        addClassName("home-village");
        commune.setLabel(getTranslation("signup.commune"));
        village.setLabel(getTranslation("signup.village"));
        commune.setHelperText(getTranslation("signup.village.help"));
        for (ComboBox<PlaceName> box : List.of(commune, village)) {
            box.setWidthFull();
            box.setItemLabelGenerator(place -> place.label(getLocale()));
        }
        commune.setItems(this::matches, places.activeCommunes());
        village.setEnabled(false);
        commune.addValueChangeListener(change -> {
            List<PlaceName> villages = change.getValue() == null ? List.of()
                    : places.activeVillagesOf(change.getValue().id());
            village.setItems(this::matches, villages);
            village.setEnabled(!villages.isEmpty());
            village.setInvalid(false);
        });
        add(commune, village);
    }

    Long villageId() {
        return village.getValue() == null ? null : village.getValue().id();
    }

    void refuse(String message) {
        ComboBox<PlaceName> field = commune.getValue() == null ? commune : village;
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearError() {
        commune.setInvalid(false);
        village.setInvalid(false);
    }

    private boolean matches(PlaceName place, String filter) {
        return VietnameseText.searchKey(place.label(getLocale())).contains(VietnameseText.searchKey(filter));
    }
}
