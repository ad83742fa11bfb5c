package vn.langso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** Online/offline indicator, a small Lit web component of our own in frontend/components. */
@Tag("connection-badge")
@NpmPackage(value = "lit", version = "3.3.1")
@JsModule("./components/connection-badge.ts")
public class ConnectionBadge extends Component {

    public ConnectionBadge() {
        getElement().setAttribute("online-text", getTranslation("connection.online"));
        getElement().setAttribute("offline-text", getTranslation("connection.offline"));
    }
}
