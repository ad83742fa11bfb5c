package vn.langso.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.langso.team.CommuneCoverage;
import vn.langso.team.RosterService;
import vn.langso.team.TeamService;
import vn.langso.ui.AppIcon;

/** Download links: a commune's roster as XLSX (in the import template's columns) and the empty template. */
final class RosterExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RosterExport() {
    }

    static Anchor link(RosterService roster, CommuneCoverage coverage, Component owner) {
        long communeId = coverage.commune().place().id();
        String fileName = "danh-sach-to-cnscd-" + coverage.commune().place().code() + ".xlsx";
        return download(owner.getTranslation("teams.export"), AppIcon.DOWNLOAD,
                DownloadHandler.fromInputStream(event -> response(roster.exportRoster(communeId), fileName)));
    }

    static Anchor teamLink(RosterService roster, vn.langso.team.TeamDetails team, Component owner) {
        String fileName = "to-cnscd-" + (team.place().code() == null ? String.valueOf(team.teamId()) : team.place().code())
                + ".xlsx";
        return download(owner.getTranslation("teams.export"), AppIcon.DOWNLOAD,
                DownloadHandler.fromInputStream(event -> response(roster.exportTeam(team.teamId()), fileName)));
    }

    static Anchor templateLink(RosterService roster, Component owner) {
        return download(owner.getTranslation("roster.template"), AppIcon.DOWNLOAD,
                DownloadHandler.fromInputStream(event -> response(roster.template(), "mau-danh-sach-to-cnscd.xlsx")));
    }

    private static DownloadResponse response(byte[] bytes, String fileName) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
    }

    private static Anchor download(String text, String icon, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, "");
        anchor.add(AppIcon.create(icon), new com.vaadin.flow.component.html.Span(text));
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
