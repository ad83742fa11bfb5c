package vn.langso.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import vn.langso.team.RosterPreview;
import vn.langso.team.RosterPreviewRow;
import vn.langso.team.RosterPreviewRow.Outcome;
import vn.langso.team.RosterProblem;

/** What the import would do: counts, new teams, then the rows with problems first, each problem in plain words. */
class RosterPreviewPanel extends Div {

    private static final int ROWS_SHOWN = 300;

    RosterPreviewPanel(RosterPreview preview) {
        addClassName("roster-preview");
        Paragraph summary = new Paragraph(getTranslation("roster.preview.summary", preview.count(Outcome.ADD),
                preview.count(Outcome.ALREADY_MEMBER), preview.count(Outcome.REFUSED)));
        summary.addClassName("summary");
        add(summary);
        if (preview.rows().isEmpty()) {
            add(message("roster.preview.empty", "error-text"));
        } else if (preview.nothingNew()) {
            add(message("roster.preview.nothingNew", "success-text"));
        } else if (!preview.canSave()) {
            add(message("roster.preview.fixFirst", "error-text"));
        }
        if (!preview.teamsToCreate().isEmpty()) {
            add(new Paragraph(getTranslation("roster.preview.newTeams", String.join(", ", preview.teamsToCreate()))));
        }
        List<RosterPreviewRow> ordered = preview.rows().stream()
                .sorted(Comparator.comparing((RosterPreviewRow row) -> row.outcome() != Outcome.REFUSED)
                        .thenComparing(row -> row.problems().isEmpty())
                        .thenComparingInt(RosterPreviewRow::sourceRow))
                .limit(ROWS_SHOWN).toList();
        ordered.forEach(row -> add(card(row)));
        if (preview.rows().size() > ROWS_SHOWN) {
            add(new Paragraph(getTranslation("roster.preview.more", preview.rows().size() - ROWS_SHOWN)));
        }
    }

    private Paragraph message(String key, String className) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName(className);
        return message;
    }

    private Div card(RosterPreviewRow row) {
        Div card = new Div();
        card.addClassNames("preview-row", "outcome-" + row.outcome().name().toLowerCase(java.util.Locale.ROOT));
        Span title = new Span(getTranslation("roster.preview.row", row.sourceRow()) + " · "
                + (row.fullName().isBlank() ? "—" : row.fullName()));
        title.addClassName("row-title");
        Span detail = new Span(String.join(" · ", List.of(row.phone(), row.target()).stream()
                .filter(text -> text != null && !text.isBlank()).toList()));
        detail.addClassName("row-detail");
        Span outcome = new Span(getTranslation("roster.outcome." + row.outcome()));
        outcome.addClassNames("chip", row.outcome() == Outcome.REFUSED ? "chip-error"
                : row.outcome() == Outcome.ADD ? "chip-ok" : "chip-muted");
        card.add(title, detail, outcome);
        for (RosterProblem problem : row.problems()) {
            Span text = new Span(getTranslation(problem.messageKey(), problem.args()));
            text.addClassName(problem.blocking() ? "problem" : "notice");
            card.add(text);
        }
        return card;
    }
}
