package vn.langso.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.place.PlaceRef;
import vn.langso.report.Dashboard;
import vn.langso.report.DashboardQuery;
import vn.langso.report.DashboardService;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.ReportExportService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.Role;
import vn.langso.ui.AppIcon;

/**
 * Leaders' dashboard: a commune leader's commune, the province admin's province (ranked by commune, with targets),
 * a team member's village. Place and months are in the address (?place=…&from=2026-01&to=2026-12), so the back
 * button and a shared link show the same figures.
 */
@Route("overview")
@PageTitle("Làng Số")
@Menu(order = 1, title = "nav.overview", icon = AppIcon.OVERVIEW)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
public class OverviewView extends Div implements BeforeEnterObserver {

    static final String PLACE = "place";
    static final String FROM = "from";
    static final String TO = "to";
    /** Up to this many places to choose from, the place picker is the phone's own; more, a combo box to type in. */
    static final int NATIVE_PLACE_PICKER_MOST = 40;
    private static volatile List<YearMonth> lastMonthsToChoose = List.of();

    private final DashboardService dashboards;
    private final ReportExportService exports;
    private final CsvExportQueue csvExports;
    private final boolean provinceAdmin;
    private final Div top = new Div();
    private final Div figures = new Div();
    /**
     * What is shown: the place's id and the months. The dashboard's figures themselves are not kept in a field: the
     * parts section keeps what it can re-sort, and the folded sections ask again when opened (issue 8).
     */
    private DashboardQuery shown;
    private Map<Indicator, IndicatorTarget> targets = Map.of();

    OverviewView(DashboardService dashboards, ReportExportService exports, CsvExportQueue csvExports,
            AccountService accounts) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.csvExports = csvExports;
        this.provinceAdmin = accounts.currentUser().role() == Role.PROVINCE_ADMIN;
        addClassName("page");
        addClassName("overview");
        // The export bar stays on the screen when the place or months change, so a running export goes on.
        add(top, new ExportBar(exports, csvExports,
                () -> shown), figures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Long placeId = first(parameters, PLACE).flatMap(OverviewView::number).orElse(null);
        YearMonth from = first(parameters, FROM).flatMap(OverviewView::month).orElse(null);
        YearMonth to = first(parameters, TO).flatMap(OverviewView::month).orElse(null);
        top.removeAll();
        figures.removeAll();
        Dashboard dashboard;
        try {
            dashboard = dashboards.dashboard(new DashboardQuery(placeId, from, to));
        } catch (PlaceNotFoundException outOfScope) {
            Paragraph notFound = new Paragraph(getTranslation("report.placeNotFound"));
            notFound.addClassName("form-problem");
            top.add(notFound);
            dashboard = dashboards.dashboard(new DashboardQuery(null, from, to));
        }
        shown = new DashboardQuery(dashboard.place().id(), dashboard.from(), dashboard.to());
        targets = dashboard.targets();
        build(dashboard);
    }

    private void build(Dashboard dashboard) {
        top.add(new H2(getTranslation("overview.title", dashboard.place().label(getLocale()))), filters(dashboard));
        Paragraph asOf = new Paragraph(getTranslation("report.asOf", FigureText.month(dashboard.from()),
                FigureText.month(dashboard.to()), vn.langso.ui.Dates.format(dashboard.today())));
        asOf.addClassName("report-as-of");
        top.add(asOf);
        figures.add(new IndicatorTiles(dashboard));
        if (!dashboard.parts().isEmpty()) {
            figures.add(new PartsSection(dashboard));
        }
        DashboardQuery query = shown;
        figures.add(new FoldedSection(getTranslation("report.trend.title"),
                        () -> new TrendSection(dashboards.dashboard(query))),
                new FoldedSection(getTranslation("report.topics.title"),
                        () -> new TopicsSection(dashboards.dashboard(query))),
                new FoldedSection(getTranslation("report.activity.title"),
                        () -> new ActivitySection(dashboards.dashboard(query))));
        acknowledgeLater();
    }

    /**
     * Vaadin keeps its last answer to each open page, to send it again if the phone repeats its request after losing
     * the reply, until the phone's next message. The dashboard's first answer is large (about 41,500 characters
     * for a commune with its lower sections folded, 120,000 before; each character is kept as 2 bytes, issue 8), and
     * a leader may read it for long without tapping. So the page, once it has the answer, sends one tiny message a
     * little later; the answer kept is then that one.
     */
    private void acknowledgeLater() {
        getElement().executeJs("return new Promise(done => setTimeout(() => done(0), 2000))")
                .then(Integer.class, acknowledged -> { });
    }

    private Div filters(Dashboard dashboard) {
        Div filters = new Div();
        filters.addClassName("report-filters");
        List<PlaceRef> choices = new ArrayList<>(dashboards.placesToChoose());
        if (choices.size() > 1 && choices.size() <= NATIVE_PLACE_PICKER_MOST) {
            // A commune's villages: the phone's own picker, three nodes on the server instead of a combo box with
            // its item keys and data provider, and only the places' ids kept, for as long as the page is open
            // (issue 8).
            if (choices.stream().noneMatch(ref -> ref.id() == dashboard.place().id())) {
                choices.add(dashboard.place());
            }
            Map<Long, String> labels = new HashMap<>();
            choices.forEach(ref -> labels.put(ref.id(), ref.label(getLocale())));
            ChoiceSelect<Long> place = new ChoiceSelect<>(getTranslation("report.filter.place"),
                    choices.stream().map(PlaceRef::id).toList(), labels::get, dashboard.place().id());
            place.getElement().getClassList().add("report-place");
            place.onChoice(id -> go(id, shown.from(), shown.to()));
            filters.add(place);
        } else if (choices.size() > 1) {
            // A province's communes: a combo box, so the admin can type a name to find one among many.
            ComboBox<PlaceRef> place = new ComboBox<>(getTranslation("report.filter.place"));
            place.setItems(choices);
            place.setItemLabelGenerator(ref -> ref.label(getLocale()));
            choices.stream().filter(ref -> ref.id() == dashboard.place().id()).findFirst().ifPresent(place::setValue);
            place.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    go(change.getValue().id(), shown.from(), shown.to());
                }
            });
            filters.add(place);
        }
        List<YearMonth> months = monthsToChoose();
        ChoiceSelect<YearMonth> from = new ChoiceSelect<>(getTranslation("report.filter.from"), months,
                FigureText::month, dashboard.from()).sameForEveryone();
        ChoiceSelect<YearMonth> to = new ChoiceSelect<>(getTranslation("report.filter.to"), months, FigureText::month,
                dashboard.to()).sameForEveryone();
        from.onChoice(month -> go(shown.placeId(), month, to.getValue()));
        to.onChoice(month -> go(shown.placeId(), from.getValue(), month));
        filters.add(from, to);
        if (provinceAdmin) {
            Button targets = new Button(getTranslation("report.target.open"),
                    click -> new TargetsDialog(dashboards, this.targets, this::reload).open());
            targets.addClassName("report-targets-button");
            filters.add(targets);
        }
        return filters;
    }

    /** The last three years' months, newest first: one list for every page opened in the same month. */
    private List<YearMonth> monthsToChoose() {
        YearMonth thisMonth = dashboards.thisMonth();
        List<YearMonth> months = lastMonthsToChoose;
        if (months.isEmpty() || !months.getFirst().equals(thisMonth)) {
            months = Stream.iterate(thisMonth, month -> month.minusMonths(1))
                    .limit(DashboardService.LONGEST_PERIOD_MONTHS).toList();
            lastMonthsToChoose = months;
        }
        return months;
    }

    private void reload() {
        go(shown.placeId(), shown.from(), shown.to());
    }

    private void go(long placeId, YearMonth from, YearMonth to) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(PLACE, String.valueOf(placeId));
        if (from != null && to != null && from.isAfter(to)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        if (from != null) {
            parameters.put(FROM, from.toString());
        }
        if (to != null) {
            parameters.put(TO, to.toString());
        }
        getUI().ifPresent(ui -> ui.navigate(OverviewView.class, QueryParameters.simple(parameters)));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
