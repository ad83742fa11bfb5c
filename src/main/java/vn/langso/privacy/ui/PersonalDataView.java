package vn.langso.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import vn.langso.privacy.DataRequest;
import vn.langso.privacy.DataRequestKind;
import vn.langso.privacy.DataSubject;
import vn.langso.privacy.PersonalDataRuleException;
import vn.langso.privacy.PersonalDataService;
import vn.langso.ui.AppIcon;
import vn.langso.ui.Dates;
import vn.langso.ui.Confirm;

/**
 * The province administrator logs a person's request about their data and sees every open one with its due date;
 * an access request is answered with a download, an erasure request with one confirmed tap.
 */
@Route("personal-data")
@PageTitle("Làng Số")
@RolesAllowed(vn.langso.security.AppRoles.PROVINCE_ADMIN)
public class PersonalDataView extends Div {

    private final PersonalDataService requests;
    private final Clock clock;
    private final RadioButtonGroup<DataRequestKind> kind = new RadioButtonGroup<>();
    private final RadioButtonGroup<DataSubject> subject = new RadioButtonGroup<>();
    private final TextField reference = new TextField();
    private final Div open = new Div();

    PersonalDataView(PersonalDataService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassNames("page", "personal-data");
        kind.setLabel(getTranslation("privacy.kind"));
        kind.setItems(DataRequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("privacy.kind." + k));
        kind.setValue(DataRequestKind.ACCESS);
        subject.setLabel(getTranslation("privacy.subject"));
        subject.setItems(DataSubject.values());
        subject.setItemLabelGenerator(s -> getTranslation("privacy.subject." + s));
        subject.setValue(DataSubject.HOUSEHOLD);
        subject.addValueChangeListener(change -> describeReference());
        reference.setWidthFull();
        reference.setRequired(true);
        describeReference();
        Button log = new Button(getTranslation("privacy.log"), click -> log());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(kind, subject, reference, log);
        form.addClassName("card");
        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.help")), form,
                new H3(getTranslation("privacy.open")), open);
        refresh();
    }

    private void describeReference() {
        boolean household = subject.getValue() == DataSubject.HOUSEHOLD;
        reference.setLabel(getTranslation(household ? "privacy.reference.household" : "privacy.reference.learner"));
        reference.setHelperText(getTranslation(household ? "privacy.reference.household.help"
                : "privacy.reference.learner.help"));
        reference.setInvalid(false);
    }

    private void log() {
        try {
            requests.open(kind.getValue(), subject.getValue(), reference.getValue());
            reference.clear();
            reference.setInvalid(false);
            refresh();
            Notification.show(getTranslation("privacy.logged"), 3000, Notification.Position.BOTTOM_CENTER);
        } catch (PersonalDataRuleException refused) {
            reference.setErrorMessage(getTranslation(refused.messageKey()));
            reference.setInvalid(true);
            reference.focus();
        }
    }

    private void refresh() {
        open.removeAll();
        var list = requests.openRequests();
        if (list.isEmpty()) {
            open.add(new Paragraph(getTranslation("privacy.none")));
        }
        list.forEach(request -> open.add(card(request)));
    }

    private Div card(DataRequest request) {
        Span what = new Span(getTranslation("privacy.kind." + request.kind()) + " · "
                + getTranslation("privacy.subject." + request.subject()) + " " + request.label());
        what.addClassName("row-title");
        LocalDate due = LocalDate.ofInstant(request.dueAt(), Dates.VIETNAM);
        Span when = new Span(getTranslation("privacy.received", Dates.format(LocalDate.ofInstant(request.receivedAt(),
                Dates.VIETNAM))) + " · " + getTranslation("privacy.due", Dates.format(due)));
        when.addClassName(request.overdue(clock.instant()) ? "chip-warning" : "row-detail");
        if (request.overdue(clock.instant())) {
            when.setText(when.getText() + " · " + getTranslation("privacy.overdue"));
        }
        Div card = new Div(what, new Div(when), request.kind() == DataRequestKind.ACCESS ? download(request)
                : eraseButton(request));
        card.addClassName("card");
        return card;
    }

    private Anchor download(DataRequest request) {
        UI ui = UI.getCurrent();
        DownloadHandler file = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = requests.export(request.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "lang-so-du-lieu-ca-nhan-" + request.id() + ".json", "application/json", bytes.length);
        }).whenComplete(done -> ui.access(this::refresh));
        Anchor anchor = new Anchor(file, "");
        anchor.add(AppIcon.create(AppIcon.DOWNLOAD), new Span(getTranslation("privacy.export")));
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private Button eraseButton(DataRequest request) {
        Button erase = new Button(getTranslation("privacy.erase"), click -> Confirm.ask(
                getTranslation("privacy.erase"), getTranslation("privacy.erase.confirm"),
                getTranslation("privacy.erase.yes"), getTranslation("action.cancel"), () -> {
                    requests.erase(request.id());
                    refresh();
                    Notification.show(getTranslation("privacy.erased"), 3000, Notification.Position.BOTTOM_CENTER);
                }));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return erase;
    }
}
