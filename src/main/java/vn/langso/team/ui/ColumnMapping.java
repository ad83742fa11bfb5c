package vn.langso.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.langso.team.RosterColumn;
import vn.langso.team.RosterField;
import vn.langso.team.RosterUpload;

/** One line per column of the file: its header as written, and which field it holds (as guessed, changeable). */
class ColumnMapping extends Div {

    private final Map<Integer, Select<Optional<RosterField>>> choices = new HashMap<>();

    ColumnMapping(RosterUpload upload) {
        addClassName("column-mapping");
        for (RosterColumn column : upload.columns()) {
            Select<Optional<RosterField>> field = new Select<>();
            field.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<RosterField>empty()),
                    java.util.Arrays.stream(RosterField.values()).map(Optional::of)).toList());
            field.setItemLabelGenerator(choice -> choice.map(value -> getTranslation("roster.field." + value))
                    .orElse(getTranslation("roster.field.ignore")));
            field.setValue(Optional.ofNullable(column.field()));
            String header = column.header().isBlank() ? getTranslation("roster.column.unnamed", column.index() + 1)
                    : column.header();
            field.setAriaLabel(getTranslation("roster.column.aria", header));
            field.setWidthFull();
            choices.put(column.index(), field);
            Span label = new Span(header);
            label.addClassName("column-header");
            Div line = new Div(label, field);
            line.addClassName("mapping-line");
            add(line);
        }
    }

    Map<Integer, RosterField> value() {
        Map<Integer, RosterField> mapping = new HashMap<>();
        choices.forEach((index, select) -> select.getValue().ifPresent(field -> mapping.put(index, field)));
        return mapping;
    }
}
