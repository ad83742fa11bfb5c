package vn.langso.place.ui;

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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRow;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;

/** The communes and villages in the leader's scope, searchable without accents ("na hec" finds "Nà Héc"). */
@Route("places")
@PageTitle("Làng Số")
@Menu(order = 2, title = "nav.places", icon = AppIcon.PLACES)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class PlacesView extends Div {

    private final PlaceService places;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    PlacesView(PlaceService places) {
        this.places = places;
        addClassName("page");
        TextField search = new TextField(getTranslation("places.search"));
        search.setPlaceholder(getTranslation("places.search.placeholder"));
        search.setPrefixComponent(AppIcon.create(AppIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> show(change.getValue()));
        list.addClassName("place-list");
        empty.setText(getTranslation("places.none"));
        add(new H2(getTranslation("places.title")), search, list, empty);
        show("");
    }

    private void show(String query) {
        List<PlaceRow> rows = places.searchInMyScope(query, getLocale());
        list.removeAll();
        rows.stream().filter(row -> row.level() != PlaceLevel.PROVINCE).forEach(row -> {
            Span name = new Span(row.typeName() + " " + row.name());
            name.addClassName("place-name");
            ListItem item = new ListItem(name);
            item.addClassName(row.level() == PlaceLevel.COMMUNE ? "place-commune" : "place-village");
            list.add(item);
        });
        empty.setVisible(list.getChildren().findAny().isEmpty());
    }
}
