package vn.langso.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRow;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;

/**
 * The communes and villages in the leader's scope, searchable without accents ("na hec" finds "Nà Héc") and by
 * former names. The province admin merges communes and renames places here.
 */
@Route("places")
@PageTitle("Làng Số")
@Menu(order = 2, title = "nav.places", icon = AppIcon.PLACES)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class PlacesView extends Div {

    private final PlaceService places;
    private final boolean admin;
    private final TextField search = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    PlacesView(PlaceService places, AuthenticationContext authentication) {
        this.places = places;
        this.admin = authentication.hasRole(AppRoles.PROVINCE_ADMIN);
        addClassName("page");
        search.setLabel(getTranslation("places.search"));
        search.setPlaceholder(getTranslation("places.search.placeholder"));
        search.setPrefixComponent(AppIcon.create(AppIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> show());
        list.addClassName("place-list");
        empty.setText(getTranslation("places.none"));
        add(new H2(getTranslation("places.title")));
        if (admin) {
            Button merge = new Button(getTranslation("place.merge.title"),
                    click -> new MergeCommunesDialog(places, this::show).open());
            merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(merge);
            actions.addClassName("actions");
            add(actions);
        }
        add(search, list, empty);
        show();
    }

    private void show() {
        List<PlaceRow> rows = places.searchInMyScope(search.getValue(), getLocale()).stream()
                .filter(row -> row.level() != PlaceLevel.PROVINCE).toList();
        Map<Long, List<String>> formerNames = places.formerNames(rows.stream().map(PlaceRow::id).toList());
        list.removeAll();
        rows.forEach(row -> {
            Span name = new Span(row.typeName() + " " + row.name());
            name.addClassName("place-name");
            Div text = new Div(name);
            text.addClassName("row-text");
            if (formerNames.containsKey(row.id())) {
                Span former = new Span(getTranslation("places.formerly", String.join(", ", formerNames.get(row.id()))));
                former.addClassName("row-detail");
                text.add(former);
            }
            ListItem item = new ListItem(text);
            item.addClassName(row.level() == PlaceLevel.COMMUNE ? "place-commune" : "place-village");
            if (admin) {
                Button rename = new Button(getTranslation("place.rename"),
                        click -> new RenamePlaceDialog(places, row, this::show).open());
                rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(rename);
            }
            list.add(item);
        });
        empty.setVisible(rows.isEmpty());
    }
}
