package vn.langso.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * Icons from our own small SVG sprite. Vaadin's icon font would add a 74 KB (brotli) chunk to every signed-in
 * page, which matters on a weak 3G signal. {@code @Menu(icon = ...)} uses these names.
 */
public final class AppIcon {

    public static final String OVERVIEW = "overview";
    public static final String PLACES = "places";
    public static final String HOUSEHOLDS = "households";
    public static final String LESSONS = "lessons";
    public static final String ACCOUNT = "account";
    public static final String TEAMS = "teams";
    public static final String HISTORY = "history";
    public static final String SEARCH = "search";
    public static final String PHONE = "phone";
    public static final String CHAT = "chat";
    public static final String ADD = "add";
    public static final String WARNING = "warning";
    public static final String UPLOAD = "upload";
    public static final String DOWNLOAD = "download";
    public static final String SIGN_OUT = "sign-out";
    public static final String COPY = "copy";
    public static final String SHARE = "share";

    private static final String SPRITE = "images/app-icons.svg";

    private AppIcon() {
    }

    public static SvgIcon create(String name) {
        SvgIcon icon = new SvgIcon(SPRITE, name);
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    /**
     * The same icon as HTML, for content a screen keeps as one HTML text rather than as components (each component
     * stays in the server's memory for as long as its page is open, issue 8). {@code name} is one of the constants.
     */
    public static String html(String name) {
        return "<vaadin-icon aria-hidden=\"true\" src=\"" + SPRITE + "\" symbol=\"" + name + "\"></vaadin-icon>";
    }
}
