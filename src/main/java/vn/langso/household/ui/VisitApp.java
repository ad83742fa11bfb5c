package vn.langso.household.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;

/**
 * The worklist and visit form, which run in the browser (frontend/visits) so they keep working with no signal.
 * The server only hands over the texts; the component loads its data from /api/worklist itself.
 */
@Tag("visit-app")
@NpmPackage(value = "idb", version = "8.0.3")
@JsModule("./visits/visit-app.ts")
class VisitApp extends Component {

    VisitApp(Map<String, String> texts) {
        getElement().setPropertyMap("texts", texts);
    }
}
