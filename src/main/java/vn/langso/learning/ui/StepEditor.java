package vn.langso.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.langso.common.RaceRetry;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonRuleException;
import vn.langso.learning.PictureFile;
import vn.langso.ui.UploadTexts;

/**
 * One step of a lesson in the editor: its picture, one shipped with the lessons or one uploaded (PNG or JPEG; the
 * server scales it), and its text in both languages.
 */
class StepEditor extends Div {

    private final Select<String> picture = new Select<>();
    private final List<String> pictures;
    private final Image preview = new Image();
    private final TextPair text;

    /** {@code uploader} stores an upload and answers the name a step refers to it by. */
    StepEditor(LessonContent.Step step, List<String> shipped, SerializableFunction<byte[], String> uploader,
            Runnable remove) {
        addClassName("editor-block");
        pictures = new ArrayList<>(shipped);
        if (step.picture() != null && !pictures.contains(step.picture())) {
            pictures.addFirst(step.picture());
        }
        preview.addClassName("editor-picture");
        preview.setAlt(getTranslation("lesson.edit.picture.label"));
        picture.setLabel(getTranslation("lesson.edit.picture.label"));
        picture.setItemLabelGenerator(this::label);
        picture.setItems(pictures);
        picture.setWidthFull();
        picture.addValueChangeListener(change -> show(change.getValue()));
        picture.setValue(step.picture());
        show(step.picture());
        text = new TextPair("lesson.edit.stepText", step.text());
        add(picture, upload(uploader), preview, text,
                new Button(getTranslation("lesson.edit.removeStep"), click -> remove.run()));
    }

    LessonContent.Step value() {
        return new LessonContent.Step(picture.getValue(), text.value());
    }

    /** The field a refusal names after "steps.N.": "picture", or "text.vi" / "text.en". */
    HasValidation field(String[] path) {
        return "picture".equals(path[0]) ? picture : text.field(path.length > 1 ? path[1] : "vi");
    }

    private Upload upload(SerializableFunction<byte[], String> uploader) {
        Upload upload = new Upload();
        upload.setUploadHandler(event -> received(upload, event, uploader));
        upload.setAcceptedMimeTypes("image/png", "image/jpeg");
        upload.setAcceptedFileExtensions(".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(PictureFile.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        UploadI18N texts = UploadTexts.of(this, "lesson.picture.tooBig", "lesson.picture.wrongType");
        texts.getAddFiles().setOne(getTranslation("lesson.picture.upload"));
        upload.setI18n(texts);
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        upload.setWidthFull();
        return upload;
    }

    /** Scaled and stored outside the UI lock (it takes a moment); only the result is shown under it. */
    private void received(Upload upload, UploadEvent event, SerializableFunction<byte[], String> uploader)
            throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(PictureFile.MAX_UPLOAD_BYTES + 1);
        }
        String stored = null;
        String refusal = null;
        try {
            stored = RaceRetry.run(() -> uploader.apply(bytes));
        } catch (LessonRuleException refused) {
            refusal = refused.messageKey();
        }
        String reference = stored;
        String problem = refusal;
        event.getUI().access(() -> {
            upload.clearFileList();
            if (problem != null) {
                refuse(getTranslation(problem));
            } else {
                choose(reference);
            }
        });
    }

    private void choose(String reference) {
        if (!pictures.contains(reference)) {
            pictures.addFirst(reference);
            picture.setItems(pictures);
        }
        picture.setValue(reference);
        picture.setInvalid(false);
    }

    private void refuse(String message) {
        picture.setErrorMessage(message);
        picture.setInvalid(true);
    }

    private void show(String name) {
        preview.setVisible(name != null);
        if (name != null) {
            preview.setSrc("lesson-pictures/" + name);
        }
    }

    /** Shipped pictures by their file name; an uploaded one by the start of its hash. */
    private String label(String name) {
        int folder = name.indexOf('/');
        return folder < 0 ? name : getTranslation("lesson.edit.picture.uploaded", name.substring(folder + 1, folder + 9));
    }
}
