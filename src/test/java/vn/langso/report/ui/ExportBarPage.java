package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;
import vn.langso.security.AppRoles;

/** A screen only the tests have (it lives in src/test): the export bar on its own, for the leader's own place. */
@Route("test/export-bar")
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
public class ExportBarPage extends Div {

    ExportBarPage(ReportExportService exports, CsvExportQueue queue) {
        add(new ExportBar(exports, queue, () -> new DashboardQuery(null, null, null)));
    }
}
