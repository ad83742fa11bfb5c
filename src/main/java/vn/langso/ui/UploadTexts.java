package vn.langso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language, for every feature's file upload. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** With the generic "too big" and "wrong type" messages. */
    public static UploadI18N of(Component owner) {
        return of(owner, "upload.tooBig", "upload.wrongType");
    }

    /** With the feature's own messages for a file that is too big or of the wrong type (their limits differ). */
    public static UploadI18N of(Component owner, String tooBigKey, String wrongTypeKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.dropOne"))
                .setMany(owner.getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.addOne"))
                .setMany(owner.getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation(tooBigKey))
                .setIncorrectFileType(owner.getTranslation(wrongTypeKey)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.connecting"))
                        .setStalled(owner.getTranslation("upload.stalled"))
                        .setProcessing(owner.getTranslation("upload.processing"))
                        .setHeld(owner.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining"))
                        .setUnknown(owner.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(owner.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.serverError"))
                        .setForbidden(owner.getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB")));
        return i18n;
    }
}
