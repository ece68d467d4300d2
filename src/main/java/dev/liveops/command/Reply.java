package dev.liveops.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral answer: each adapter renders it (embed, Block Kit, plain text) within its own limits.
 * {@code text} is the plain-text fallback every platform can show on its own.
 */
public record Reply(
        Severity severity,
        String title,
        String text,
        List<Field> fields,
        Optional<Table> table,
        List<Button> buttons,
        String footer) {

    public Reply {
        Objects.requireNonNull(severity, "severity");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
        footer = footer == null ? "" : footer;
    }

    /** How the reply should look: colour on Discord, emoji on Slack, a prefix in the console. */
    public enum Severity { INFO, SUCCESS, WARNING, ERROR }

    public record Field(String name, String value, boolean inline) {
    }

    /** Rows with the same columns; {@code summary} says what is not shown ("showing 20 of 312"). */
    public record Table(List<String> columns, List<List<String>> rows, String summary) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            summary = summary == null ? "" : summary;
        }
    }

    /** A button; {@code command} is the /live line it runs when pressed, e.g. {@code confirm 7Q2X}. */
    public record Button(String label, String command, Style style) {
        public enum Style { PRIMARY, DANGER, SECONDARY }
    }

    public static Builder builder(Severity severity, String title) {
        return new Builder(severity, title);
    }

    /** An error for the user: one sentence, plus the usage line when the input was at fault. */
    public static Reply error(String sentence) {
        return builder(Severity.ERROR, "").text(sentence).build();
    }

    public static final class Builder {
        private final Severity severity;
        private final String title;
        private String text = "";
        private final List<Field> fields = new ArrayList<>();
        private Table table;
        private final List<Button> buttons = new ArrayList<>();
        private String footer = "";

        private Builder(Severity severity, String title) {
            this.severity = severity;
            this.title = title;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder field(String name, String value) {
            fields.add(new Field(name, value == null || value.isBlank() ? "-" : value, true));
            return this;
        }

        public Builder wideField(String name, String value) {
            fields.add(new Field(name, value == null || value.isBlank() ? "-" : value, false));
            return this;
        }

        public Builder table(Table table) {
            this.table = table;
            return this;
        }

        public Builder button(String label, String command, Button.Style style) {
            buttons.add(new Button(label, command, style));
            return this;
        }

        public Builder footer(String footer) {
            this.footer = footer;
            return this;
        }

        public Reply build() {
            return new Reply(severity, title, text, fields, Optional.ofNullable(table), buttons, footer);
        }
    }
}
