package vn.langso.household.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import vn.langso.household.Readiness;

/** A readiness profile in one short line for a list on a phone: only the answers that were given. */
final class ReadinessText {

    private ReadinessText() {
    }

    static String of(Readiness profile, Component owner) {
        List<String> parts = new ArrayList<>();
        if (profile.smartphones() != null) {
            parts.add(owner.getTranslation("householdRegister.profile.smartphones", profile.smartphones()));
        }
        if (profile.internet() != null) {
            parts.add(owner.getTranslation("householdRegister.profile.internet." + profile.internet()));
        }
        answer(parts, "householdRegister.profile.bankOrWallet", profile.bankOrWallet(), owner);
        answer(parts, "householdRegister.profile.vneidLevel2", profile.vneidLevel2(), owner);
        answer(parts, "householdRegister.profile.onlineService", profile.onlineService(), owner);
        answer(parts, "householdRegister.profile.paysCashless", profile.paysCashless(), owner);
        answer(parts, "householdRegister.profile.scamTargeted", profile.scamTargeted(), owner);
        return parts.isEmpty() ? owner.getTranslation("householdRegister.profile.none") : String.join(" · ", parts);
    }

    private static void answer(List<String> parts, String questionKey, Boolean answer, Component owner) {
        if (answer != null) {
            parts.add(owner.getTranslation(answer ? "householdRegister.profile.yes" : "householdRegister.profile.no",
                    owner.getTranslation(questionKey)));
        }
    }
}
