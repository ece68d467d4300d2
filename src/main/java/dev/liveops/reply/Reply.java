package dev.liveops.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral answer: each adapter renders it (embed, Block Kit, plain text) within its own limits.
 * {@code text} is the plain-text fallback every platform can show on its own.
 *
 * @param severity how the reply reads (see {@link Severity}); the only thing adapters colour or mark it by
 * @param audience who should see it; adapters that can answer privately use this
 * @param mentions who to alert, rendered in each platform's own syntax (notifications use them)
 * @param attachment a picture to send with it (an equity chart); {@code text} still says what it shows
 */
public record Reply(
        Severity severity,
        String title,
        String text,
        List<Field> fields,
        Optional<Table> table,
        List<Button> buttons,
        String footer,
        Audience audience,
        List<Mention> mentions,
        Optional<Attachment> attachment) {

    public Reply {
        Objects.requireNonNull(severity, "severity");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        fields = List.copyOf(fields);
        Objects.requireNonNull(table, "table");
        buttons = List.copyOf(buttons);
        footer = footer == null ? "" : footer;
        Objects.requireNonNull(audience, "audience");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(attachment, "attachment");
    }

    /** A reply without a picture. */
    public Reply(Severity severity, String title, String text, List<Field> fields, Optional<Table> table,
                 List<Button> buttons, String footer, Audience audience, List<Mention> mentions) {
        this(severity, title, text, fields, table, buttons, footer, audience, mentions, Optional.empty());
    }

    /**
     * The reply's tone, which each adapter shows its own way (a colour on Discord, an emoji on Slack, a prefix in
     * the console): {@code INFO} neutral, {@code SUCCESS} good, {@code WARNING} needs attention (a confirmation
     * prompt is one), {@code ERROR} bad. Declared from calm to urgent, so the natural order ranks them. A reply
     * about a deployment status takes its tone from {@link StatusTone}.
     */
    public enum Severity { INFO, SUCCESS, WARNING, ERROR }

    /**
     * Who the reply is for. When a button was pressed, adapters answer a {@code CALLER} reply privately and leave the
     * message with the button alone; any other reply replaces that message (its buttons included).
     */
    public enum Audience {
        /** Only the person who asked: mistakes and refusals nobody else needs to see. */
        CALLER,
        /** A read-only answer: private or public as the adapter is configured. */
        READER,
        /** Everyone in the channel: destructive requests, their answers and their outcomes. */
        CHANNEL
    }

    /** Someone to alert; each adapter writes it in its platform's syntax (@here, <!here>, a role or user group). */
    public record Mention(Kind kind, String id) {
        public enum Kind { HERE, CHANNEL, GROUP, USER }

        public Mention {
            Objects.requireNonNull(kind, "kind");
            id = id == null ? "" : id;
        }

        public static Mention here() {
            return new Mention(Kind.HERE, "");
        }
    }

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
        return builder(Severity.ERROR, "").text(sentence).audience(Audience.CALLER).build();
    }

    /** The same reply for another audience. */
    public Reply withAudience(Audience newAudience) {
        return new Reply(severity, title, text, fields, table, buttons, footer, newAudience, mentions, attachment);
    }

    /** The same reply without its buttons: how a settled prompt is shown. */
    public Reply withoutButtons() {
        return new Reply(severity, title, text, fields, table, List.of(), footer, audience, mentions, attachment);
    }

    /**
     * What an adapter sends when it could not send the picture: the same reply without it, its text followed by
     * {@code reason}, one sentence saying why.
     */
    public Reply withoutAttachment(String reason) {
        String told = text.isBlank() ? reason : text.strip() + "\n" + reason;
        return new Reply(severity, title, told, fields, table, buttons, footer, audience, mentions, Optional.empty());
    }

    public static final class Builder {
        private final Severity severity;
        private final String title;
        private String text = "";
        private final List<Field> fields = new ArrayList<>();
        private Table table;
        private final List<Button> buttons = new ArrayList<>();
        private String footer = "";
        private Audience audience = Audience.READER;
        private final List<Mention> mentions = new ArrayList<>();
        private Attachment attachment;

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

        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        public Builder mention(Mention mention) {
            mentions.add(mention);
            return this;
        }

        public Builder attachment(Attachment attachment) {
            this.attachment = attachment;
            return this;
        }

        public Reply build() {
            return new Reply(severity, title, text, fields, Optional.ofNullable(table), buttons, footer, audience,
                    mentions, Optional.ofNullable(attachment));
        }
    }
}
