package vn.langso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.langso.common.VietnameseText;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;

/**
 * A village's household register for commune leaders and the province: find a household by name (with or without
 * accents), open it to correct or remove it, add one, or import the village's list from Excel.
 */
@Route("households/register")
@PageTitle("Làng Số")
@Menu(order = 4, title = "nav.householdRegister", icon = AppIcon.HOUSEHOLDS)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class HouseholdRegisterView extends Div {

    private final HouseholdService households;
    private final PlaceService places;
    private final ComboBox<PlaceRef> village = picker("householdRegister.village");
    private final TextField search = new TextField();
    private final Button addHousehold = new Button();
    private final Button importList = new Button();
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();

    HouseholdRegisterView(HouseholdService households, PlaceService places) {
        this.households = households;
        this.places = places;
        addClassName("page");
        add(new H2(getTranslation("householdRegister.title")));
        List<PlaceRef> communes = places.communesInMyScope();
        if (communes.isEmpty()) {
            add(new Paragraph(getTranslation("householdRegister.noCommune")));
            return;
        }
        if (communes.size() > 1) {
            ComboBox<PlaceRef> commune = picker("householdRegister.commune");
            offer(commune, communes);
            commune.setValue(communes.getFirst());
            commune.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    showVillagesOf(change.getValue());
                }
            });
            add(commune);
        }
        village.addValueChangeListener(change -> reload());
        search.setLabel(getTranslation("householdRegister.search"));
        search.setPlaceholder(getTranslation("householdRegister.search.placeholder"));
        search.setPrefixComponent(AppIcon.create(AppIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> reload());
        addHousehold.setText(getTranslation("householdRegister.add"));
        addHousehold.setIcon(AppIcon.create(AppIcon.ADD));
        addHousehold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addHousehold.addClickListener(click ->
                new AddHouseholdDialog(households, village.getValue(), this::reload).open());
        importList.setText(getTranslation("householdRegister.import"));
        importList.setIcon(AppIcon.create(AppIcon.UPLOAD));
        importList.addClickListener(click ->
                new HouseholdImportDialog(households, village.getValue(), this::reload).open());
        Div actions = new Div(addHousehold, importList);
        actions.addClassName("actions");
        summary.addClassName("summary");
        list.addClassName("household-list");
        add(village, search, actions, summary, list);
        showVillagesOf(communes.getFirst());
    }

    private void showVillagesOf(PlaceRef commune) {
        List<PlaceRef> villages = places.villagesOf(commune.id());
        offer(village, villages);
        PlaceRef first = villages.isEmpty() ? null : villages.getFirst();
        if (java.util.Objects.equals(village.getValue(), first)) {
            reload();
        } else {
            village.setValue(first);
        }
    }

    private void reload() {
        list.removeAll();
        PlaceRef chosen = village.getValue();
        addHousehold.setEnabled(chosen != null);
        importList.setEnabled(chosen != null);
        if (chosen == null) {
            summary.setText(getTranslation("householdRegister.pickVillage"));
            return;
        }
        List<HouseholdSummary> found = households.register(chosen.id(), search.getValue());
        String searched = search.getValue().strip();
        summary.setText(!found.isEmpty() ? getTranslation("householdRegister.count", found.size())
                : searched.isEmpty() ? getTranslation("householdRegister.empty")
                : getTranslation("householdRegister.nothingFound", searched));
        found.forEach(household -> list.add(new HouseholdCard(household,
                () -> new HouseholdDialog(households, household.id(), this::reload).openOrExplain())));
    }

    private void offer(ComboBox<PlaceRef> picker, List<PlaceRef> items) {
        picker.setItems((PlaceRef place, String filter) -> VietnameseText.searchKey(place.label(getLocale()))
                .contains(VietnameseText.searchKey(filter)), items);
    }

    private ComboBox<PlaceRef> picker(String labelKey) {
        ComboBox<PlaceRef> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setItemLabelGenerator(place -> place.label(getLocale()));
        picker.setWidthFull();
        return picker;
    }
}
