package vn.langso.team.ui;

import vn.langso.ui.UploadTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.team.RosterField;
import vn.langso.team.RosterFileException;
import vn.langso.team.RosterImportResult;
import vn.langso.team.RosterPreview;
import vn.langso.team.RosterService;
import vn.langso.team.RosterUpload;
import vn.langso.team.TeamRuleException;

/**
 * Import a commune's roster from the Excel or CSV file it already keeps: upload, confirm which column holds what,
 * see every problem per row, then save all or nothing. Large files are checked in the background with a progress bar.
 */
@Route("teams/import/:communeId")
@PageTitle("Làng Số")
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class RosterImportView extends Div implements BeforeEnterObserver {

    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int RUN_AT_ONCE_ROWS = 500;

    private final RosterService roster;
    private final PlaceService places;
    private final Executor background;
    private final Div step = new Div();
    private PlaceRef commune;
    private byte[] content;
    private String fileName;

    RosterImportView(RosterService roster, PlaceService places, Executor applicationTaskExecutor) {
        this.roster = roster;
        this.places = places;
        this.background = new DelegatingSecurityContextExecutor(applicationTaskExecutor);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            commune = places.getInMyScope(Long.parseLong(event.getRouteParameters().get("communeId").orElse("")));
        } catch (NumberFormatException | PlaceNotFoundException notInScope) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(getTranslation("roster.import.title", commune.label(getLocale()))), step);
        showUpload(null);
    }

    private void showUpload(String error) {
        step.removeAll();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            content = bytes;
            fileName = metadata.fileName();
            UI.getCurrent().access(this::readFile);
        }));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(rejected -> showUpload(getTranslation("roster.file.rejected")));
        Anchor template = RosterExport.templateLink(roster, this);
        step.add(new Paragraph(getTranslation("roster.import.help")), upload, template);
        if (error != null) {
            Paragraph message = new Paragraph(error);
            message.addClassName("error-text");
            step.add(message);
        }
    }

    private void readFile() {
        try {
            showMapping(roster.open(content, fileName));
        } catch (RosterFileException unreadable) {
            showUpload(getTranslation(unreadable.messageKey(), unreadable.args()));
        }
    }

    private void showMapping(RosterUpload upload) {
        step.removeAll();
        ColumnMapping mapping = new ColumnMapping(upload);
        Button next = new Button(getTranslation("roster.import.preview"), click ->
                inBackground(upload.rowCount(), () -> roster.preview(commune.id(), content, fileName, mapping.value()),
                        preview -> showPreview(preview, mapping.value())));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("wide-button");
        step.add(new Paragraph(getTranslation("roster.import.found", upload.fileName(), upload.headerRow(),
                upload.rowCount())), mapping, next);
    }

    private void showPreview(RosterPreview preview, Map<Integer, RosterField> mapping) {
        step.removeAll();
        step.add(new RosterPreviewPanel(preview));
        Button back = new Button(getTranslation("roster.import.otherFile"), click -> showUpload(null));
        if (preview.canSave()) {
            Button save = new Button(getTranslation("roster.import.save", preview.count(
                    vn.langso.team.RosterPreviewRow.Outcome.ADD)));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("wide-button");
            save.setDisableOnClick(true);
            save.addClickListener(click -> inBackground(preview.rows().size(),
                    () -> roster.importRoster(commune.id(), content, fileName, mapping), this::showResult));
            step.add(save);
        }
        step.add(back);
    }

    private void showResult(RosterImportResult result) {
        step.removeAll();
        Paragraph done = new Paragraph(getTranslation("roster.import.done", result.added(), result.alreadyMembers(),
                result.teamsCreated()));
        done.addClassName("success-text");
        Button toTeams = new Button(getTranslation("roster.import.toTeams"), click -> UI.getCurrent()
                .navigate(TeamsView.class, QueryParameters.of(TeamsView.COMMUNE_PARAMETER, String.valueOf(commune.id()))));
        toTeams.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(done, toTeams);
    }

    /**
     * A commune's usual roster (a few hundred rows) is checked at once. Larger files are checked and saved off the
     * UI thread; the page polls for the result and shows a progress bar meanwhile.
     */
    private <T> void inBackground(int rows, Supplier<T> work, Consumer<T> whenDone) {
        if (rows <= RUN_AT_ONCE_ROWS) {
            try {
                whenDone.accept(work.get());
            } catch (RuntimeException failure) {
                showFailure(failure);
            }
            return;
        }
        UI ui = UI.getCurrent();
        step.removeAll();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        step.add(new H3(getTranslation("roster.import.working", rows)), progress);
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(work, background).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (failure == null) {
                whenDone.accept(result);
            } else {
                showFailure(failure.getCause() == null ? failure : failure.getCause());
            }
        }));
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof TeamRuleException refused) {
            showUpload(getTranslation(refused.messageKey(), refused.args()));
        } else if (failure instanceof RosterFileException unreadable) {
            showUpload(getTranslation(unreadable.messageKey(), unreadable.args()));
        } else {
            showUpload(getTranslation("error.unexpected"));
        }
    }
}
