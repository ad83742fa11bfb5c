package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.place.PlaceCounts;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.SignedInUser;
import vn.langso.ui.AppIcon;

/** Home of province and commune leaders. The indicators arrive with the dashboards issue; counts are real. */
@Route("overview")
@PageTitle("Làng Số")
@Menu(order = 1, title = "nav.overview", icon = AppIcon.OVERVIEW)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class OverviewView extends Div {

    OverviewView(AccountService accounts, PlaceService places) {
        addClassName("page");
        SignedInUser user = accounts.currentUser();
        PlaceCounts counts = places.countsInMyScope();
        Div tiles = new Div();
        tiles.addClassName("tiles");
        if (counts.communes() > 0) {
            tiles.add(tile(counts.communes(), "overview.communes"));
        }
        tiles.add(tile(counts.villages(), "overview.villages"));
        add(new H2(getTranslation("overview.title", user.placeLabel(getLocale()))), tiles,
                new Paragraph(getTranslation("overview.comingSoon")));
    }

    private Div tile(long value, String labelKey) {
        Span number = new Span(String.format(getLocale(), "%,d", value));
        number.addClassName("tile-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        Div tile = new Div(number, label);
        tile.addClassName("tile");
        return tile;
    }
}
