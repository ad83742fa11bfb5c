package vn.langso.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import vn.langso.report.DashboardService;
import vn.langso.report.Indicator;
import vn.langso.report.IndicatorTarget;
import vn.langso.report.ReportRuleException;
import vn.langso.ui.DatePickers;
import vn.langso.ui.Dates;

/** The province admin sets what the province aims for per indicator: a percentage by a date. */
class TargetsDialog extends Dialog {

    private final DashboardService dashboards;
    private final Runnable saved;
    private final Select<Indicator> indicator = new Select<>();
    private final IntegerField percent = new IntegerField();
    private final DatePicker dueOn;
    private final Map<Indicator, IndicatorTarget> targets;
    private final Button save = new Button();

    TargetsDialog(DashboardService dashboards, Map<Indicator, IndicatorTarget> targets, Runnable saved) {
        this.dashboards = dashboards;
        this.targets = targets;
        this.saved = saved;
        setHeaderTitle(getTranslation("report.target.title"));
        addClassName("targets-dialog");
        indicator.setLabel(getTranslation("report.parts.indicator"));
        indicator.setWidthFull();
        indicator.setItems(Indicator.values());
        indicator.setItemLabelGenerator(item -> getTranslation("report.indicator." + item.name()));
        indicator.addValueChangeListener(change -> fill(change.getValue()));
        percent.setLabel(getTranslation("report.target.percent.label"));
        percent.setSuffixComponent(new Span("%"));
        percent.setWidthFull();
        // A number the box cannot read (too long for a whole number, say) is named at once, in the same words.
        percent.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("report.target.percent")));
        dueOn = DatePickers.picker(getTranslation("report.target.dueOn.label"));
        Div current = new Div();
        current.addClassName("target-list");
        targets.values().forEach(target -> current.add(new Paragraph(
                getTranslation("report.indicator." + target.indicator().name()) + ": "
                        + getTranslation("report.target.line", target.percent()) + " · " + Dates.format(target.dueOn()))));
        add(indicator, percent, dueOn, current);
        save.setText(getTranslation("report.target.save"));
        save.addClickListener(click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Button remove = new Button(getTranslation("report.target.remove"), click -> {
            if (indicator.getValue() != null) {
                dashboards.removeTarget(indicator.getValue());
                close();
                saved.run();
            }
        });
        Button cancel = new Button(getTranslation("report.target.cancel"), click -> close());
        getFooter().add(cancel, remove, save);
        indicator.setValue(Indicator.REACHED);
    }

    private void fill(Indicator chosen) {
        IndicatorTarget target = targets.get(chosen);
        percent.setValue(target == null ? null : target.percent());
        dueOn.setValue(target == null ? null : target.dueOn());
        percent.setInvalid(false);
        dueOn.setInvalid(false);
    }

    private void save() {
        percent.setInvalid(false);
        dueOn.setInvalid(false);
        try {
            if (percent.getValue() == null) {
                throw new ReportRuleException("report.target.percent");
            }
            dashboards.setTarget(indicator.getValue(), percent.getValue(), dueOn.getValue());
        } catch (ReportRuleException refused) {
            // The service holds the rules; its refusal names the field it is about.
            var field = "report.target.percent".equals(refused.messageKey()) ? percent : dueOn;
            field.setErrorMessage(getTranslation(refused.messageKey()));
            field.setInvalid(true);
            save.setEnabled(true);
            return;
        }
        close();
        saved.run();
    }
}
