package vn.langso.household.ui;

import vn.langso.ui.UploadTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import vn.langso.household.HouseholdImportPreview;
import vn.langso.household.HouseholdImportPreview.Outcome;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;
import vn.langso.place.PlaceRef;
import vn.langso.ui.AppIcon;

/**
 * A village's household list from Excel: upload, see what would be added and every row with a problem, then add
 * the good rows. Households already on the register are left alone, so the same file can be imported again.
 */
class HouseholdImportDialog extends Dialog {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_SHOWN = 300;

    private final HouseholdService households;
    private final PlaceRef village;
    private final Runnable afterImport;
    private final Div step = new Div();
    private byte[] content;

    HouseholdImportDialog(HouseholdService households, PlaceRef village, Runnable afterImport) {
        this.households = households;
        this.village = village;
        this.afterImport = afterImport;
        setWidth("32rem");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation("householdRegister.import.title", village.label(getLocale())));
        add(step);
        getFooter().add(new Button(getTranslation("householdRegister.close"), click -> close()));
        showUpload(null);
    }

    private void showUpload(String errorKey) {
        step.removeAll();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            content = bytes;
            UI.getCurrent().access(this::preview);
        }));
        upload.setAcceptedFileTypes(".xlsx", ".xls");
        upload.setMaxFileSize(HouseholdImportPreview.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "householdRegister.import.tooLarge", "householdRegister.import.wrongType"));
        upload.addFileRejectedListener(rejected -> showUpload("householdRegister.import.rejected"));
        step.add(new Paragraph(getTranslation("householdRegister.import.help")), upload, templateLink());
        if (errorKey != null) {
            step.add(paragraph(getTranslation(errorKey), "error-text"));
        }
    }

    private Anchor templateLink() {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] template = households.importTemplate();
            return new DownloadResponse(new ByteArrayInputStream(template), "mau-danh-sach-ho.xlsx", XLSX,
                    template.length);
        }), "");
        anchor.add(AppIcon.create(AppIcon.DOWNLOAD), new Span(getTranslation("householdRegister.import.template")));
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void preview() {
        try {
            showPreview(households.previewImport(village.id(), content));
        } catch (HouseholdRuleException unreadable) {
            showUpload(unreadable.messageKey());
        }
    }

    private void showPreview(HouseholdImportPreview preview) {
        step.removeAll();
        Div panel = new Div(paragraph(getTranslation("householdRegister.import.summary", preview.count(Outcome.ADD),
                preview.count(Outcome.ALREADY_LISTED), preview.count(Outcome.PROBLEM)), "summary"));
        panel.addClassName("household-import-preview");
        if (preview.rows().isEmpty()) {
            panel.add(paragraph(getTranslation("householdRegister.import.noRows"), "error-text"));
        } else if (preview.count(Outcome.PROBLEM) > 0) {
            panel.add(paragraph(getTranslation("householdRegister.import.problemsSkipped"), "error-text"));
        } else if (preview.count(Outcome.ADD) == 0) {
            panel.add(paragraph(getTranslation("householdRegister.import.nothingNew"), "success-text"));
        }
        List<HouseholdImportPreview.Row> shown = preview.rows().stream()
                .sorted(Comparator.comparing((HouseholdImportPreview.Row row) -> row.outcome() != Outcome.PROBLEM)
                        .thenComparingInt(HouseholdImportPreview.Row::sourceRow))
                .limit(ROWS_SHOWN).toList();
        shown.forEach(row -> panel.add(card(row)));
        if (preview.rows().size() > ROWS_SHOWN) {
            panel.add(new Paragraph(getTranslation("householdRegister.import.more", preview.rows().size() - ROWS_SHOWN)));
        }
        step.add(panel);
        long toAdd = preview.count(Outcome.ADD);
        if (toAdd > 0) {
            Button save = new Button(getTranslation("householdRegister.import.save", toAdd), click -> importRows());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("wide-button");
            save.setDisableOnClick(true);
            step.add(save);
        }
        step.add(new Button(getTranslation("householdRegister.import.otherFile"), click -> showUpload(null)));
    }

    private Div card(HouseholdImportPreview.Row row) {
        Div card = new Div();
        card.addClassName("preview-row");
        if (row.outcome() == Outcome.PROBLEM) {
            card.addClassName("outcome-refused");
        }
        card.add(Labels.text(getTranslation("householdRegister.import.row", row.sourceRow()) + " · "
                + (row.headName().isBlank() ? "—" : row.headName()), "row-title"));
        String detail = String.join(" · ", List.of(row.address(), row.phone()).stream()
                .filter(text -> !text.isBlank()).toList());
        if (!detail.isEmpty()) {
            card.add(Labels.text(detail, "row-detail"));
        }
        card.add(Labels.chip(getTranslation("householdRegister.outcome." + row.outcome()),
                row.outcome() == Outcome.PROBLEM ? "chip-error" : row.outcome() == Outcome.ADD ? "chip-ok" : "chip-muted"));
        row.problemKeys().forEach(key -> card.add(Labels.text(getTranslation(key), "problem")));
        return card;
    }

    private void importRows() {
        try {
            int added = households.importHouseholds(village.id(), content);
            step.removeAll();
            step.add(paragraph(getTranslation("householdRegister.import.done", added), "success-text"));
            afterImport.run();
        } catch (HouseholdRuleException refused) {
            showUpload(refused.messageKey());
        }
    }

    private static Paragraph paragraph(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
