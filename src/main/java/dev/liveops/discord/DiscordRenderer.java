package dev.liveops.discord;

import dev.liveops.reply.Reply;
import dev.liveops.text.Shorten;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a {@link Reply} as one Discord message: an embed coloured by the reply's severity, the reply's buttons
 * in action rows, and mentions in the content. Every Discord limit holds by construction; whatever does not fit is
 * counted in the message ("… 12 more rows"). The embed description carries the reply's plain text, which is the
 * fallback every client shows.
 */
public final class DiscordRenderer {
    // Discord's limits, as JDA states them; JDA refuses a message that breaks one.
    private static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;
    private static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    private static final int FIELDS_MAX = MessageEmbed.MAX_FIELD_AMOUNT;
    /** A field's name has the title's limit. */
    private static final int FIELD_NAME_MAX = MessageEmbed.TITLE_MAX_LENGTH;
    private static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;
    private static final int FOOTER_MAX = MessageEmbed.TEXT_MAX_LENGTH;
    private static final int EMBED_TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    private static final int CONTENT_MAX = Message.MAX_CONTENT_LENGTH;
    private static final int ROWS_MAX = Message.MAX_COMPONENT_COUNT;
    private static final int BUTTONS_PER_ROW = ActionRow.getMaxAllowed(Component.Type.BUTTON);
    private static final int LABEL_MAX = Button.LABEL_MAX_LENGTH;
    /** Discord's limit for an attachment's description (its alt text). */
    private static final int ALT_TEXT_MAX = 1024;

    /** Room kept at the end of the description for the table summary and the "… N more" notes. */
    private static final int NOTES_MAX = 300;
    /** A field with less room than this is not worth showing; it is counted as not shown instead. */
    private static final int FIELD_MIN = 40;

    static final int GREEN = 0x2ECC71;
    static final int RED = 0xE74C3C;
    static final int AMBER = 0xF1A30F;
    static final int BLUE = 0x5865F2;

    /** An answer to an interaction: the content holds only the reply's mentions. */
    public MessageCreateData render(Reply reply) {
        return message(reply, "");
    }

    /**
     * An unprompted post (a notification): the content also holds a one-line summary, which is what push
     * notifications and channel previews show.
     */
    public MessageCreateData notification(Reply reply) {
        String summary = !reply.title().isBlank() ? reply.title() : reply.text().lines().findFirst().orElse("");
        return message(reply, summary);
    }

    /** The same message as an edit that replaces everything, buttons included (none left means none shown). */
    public MessageEditData renderEdit(Reply reply) {
        return MessageEditData.fromCreateData(render(reply));
    }

    private MessageCreateData message(Reply reply, String summary) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        Mentions mentions = Mentions.of(reply.mentions());
        String content = String.join(" ", mentions.text(), MarkdownSanitizer.escape(summary.strip())).strip();
        message.setContent(Shorten.counting(content, CONTENT_MAX));
        // Only the reply's own mentions may ping: a project named "@everyone" must not.
        message.setAllowedMentions(mentions.types());
        message.mentionRoles(mentions.roleIds());
        message.mentionUsers(mentions.userIds());
        // A picture is attached as a file and shown inside the embed, which refers to it by name.
        reply.attachment().ifPresent(image -> message.addFiles(FileUpload.fromData(image.png(), image.fileName())
                .setDescription(Shorten.to(image.altText(), ALT_TEXT_MAX))));
        embed(reply).ifPresentOrElse(message::setEmbeds, () -> {
            if (message.getContent().isBlank()) {
                message.setContent("(empty reply)");
            }
        });
        message.setComponents(buttonRows(reply.buttons()));
        return message.build();
    }

    static int colour(Reply reply) {
        return switch (reply.severity()) {
            case SUCCESS -> GREEN;
            case ERROR -> RED;
            case WARNING -> AMBER;
            case INFO -> BLUE;
        };
    }

    /**
     * Budgets the 6000 characters: title and footer first, then the text (at most half the rest when fields want
     * room), then the reply's fields and one field per table row, then the notes on what was left out.
     */
    private static Optional<MessageEmbed> embed(Reply reply) {
        String title = Shorten.counting(escape(reply.title()), TITLE_MAX);
        String footer = Shorten.counting(reply.footer().strip(), FOOTER_MAX);
        int budget = EMBED_TOTAL_MAX - title.length() - footer.length() - NOTES_MAX;

        List<Reply.Field> wanted = new ArrayList<>(reply.fields());
        int tableRows = reply.table().map(table -> table.rows().size()).orElse(0);
        reply.table().ifPresent(table -> wanted.addAll(rowFields(table)));
        int fieldsNeed = wanted.stream().limit(FIELDS_MAX).mapToInt(f -> Math.min(f.name().length(), FIELD_NAME_MAX)
                + Math.min(f.value().length(), FIELD_VALUE_MAX)).sum();
        int textRoom = Math.min(DESCRIPTION_MAX - NOTES_MAX, budget - Math.min(fieldsNeed, budget / 2));
        String text = Shorten.byLines(escape(reply.text().strip()), textRoom);
        budget -= text.length();

        EmbedBuilder embed = new EmbedBuilder().setColor(colour(reply));
        int placed = 0;
        int replyFieldsLeftOut = 0;
        int rowsLeftOut = 0;
        for (int i = 0; i < wanted.size(); i++) {
            Reply.Field field = wanted.get(i);
            String name = Shorten.counting(orDash(escape(field.name())), FIELD_NAME_MAX);
            int valueRoom = Math.min(FIELD_VALUE_MAX, budget - name.length());
            if (placed == FIELDS_MAX || valueRoom < FIELD_MIN) {
                if (i < reply.fields().size()) {
                    replyFieldsLeftOut++;
                } else {
                    rowsLeftOut++;
                }
                continue;
            }
            String value = Shorten.counting(orDash(escape(field.value())), valueRoom);
            embed.addField(name, value, field.inline());
            budget -= name.length() + value.length();
            placed++;
        }

        List<String> notes = new ArrayList<>();
        reply.table().map(Reply.Table::summary).filter(s -> !s.isBlank()).ifPresent(notes::add);
        if (rowsLeftOut > 0) {
            notes.add("… " + rowsLeftOut + " more " + (rowsLeftOut == 1 ? "row" : "rows") + " not shown (of "
                    + tableRows + ").");
        }
        if (replyFieldsLeftOut > 0) {
            notes.add("… " + replyFieldsLeftOut + " more " + (replyFieldsLeftOut == 1 ? "detail" : "details")
                    + " not shown.");
        }
        String note = Shorten.counting(escape(String.join(" ", notes)), NOTES_MAX - 2);
        String description = text.isEmpty() || note.isEmpty() ? text + note : text + "\n\n" + note;
        if (!title.isEmpty()) {
            embed.setTitle(title);
        }
        if (!description.isEmpty()) {
            embed.setDescription(description);
        }
        if (!footer.isEmpty()) {
            embed.setFooter(footer);
        }
        reply.attachment().ifPresent(image -> embed.setImage("attachment://" + image.fileName()));
        return embed.isEmpty() ? Optional.empty() : Optional.of(embed.build());
    }

    /**
     * One field per row: the first cell names it, the others follow as "Column: value" (or just the value when
     * there is only one other column). Fields read better than a wide fixed-width table on a phone.
     */
    private static List<Reply.Field> rowFields(Reply.Table table) {
        List<String> columns = table.columns();
        List<Reply.Field> fields = new ArrayList<>();
        for (List<String> row : table.rows()) {
            if (row.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                String cell = flat(row.get(i));
                if (cell.isEmpty() || cell.equals("-")) {
                    continue;
                }
                parts.add(columns.size() == 2 || i >= columns.size() ? cell : columns.get(i) + ": " + cell);
            }
            fields.add(new Reply.Field(flat(row.get(0)), String.join(" · ", parts), false));
        }
        return fields;
    }

    private static List<ActionRow> buttonRows(List<Reply.Button> buttons) {
        Map<String, Button> byId = new LinkedHashMap<>();
        for (Reply.Button button : buttons) {
            ButtonIds.forCommand(button.command()).ifPresent(id -> byId.putIfAbsent(id,
                    Button.of(style(button.style()), id, Shorten.counting(orDash(button.label()), LABEL_MAX))));
        }
        List<Button> kept = byId.values().stream().limit((long) ROWS_MAX * BUTTONS_PER_ROW).toList();
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < kept.size(); i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(kept.subList(i, Math.min(kept.size(), i + BUTTONS_PER_ROW))));
        }
        return rows;
    }

    private static ButtonStyle style(Reply.Button.Style style) {
        return switch (style) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case DANGER -> ButtonStyle.DANGER;
            case SECONDARY -> ButtonStyle.SECONDARY;
        };
    }

    /** Text from QuantConnect or users is shown as typed: a project named {@code *x*} is not made bold. */
    private static String escape(String text) {
        return MarkdownSanitizer.escape(text);
    }

    private static String flat(String cell) {
        return cell == null ? "" : cell.replace('\n', ' ').strip();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    /** The reply's mentions in Discord syntax, and exactly what they may ping. */
    private record Mentions(String text, EnumSet<MentionType> types, Set<String> roleIds, Set<String> userIds) {
        static Mentions of(List<Reply.Mention> mentions) {
            List<String> words = new ArrayList<>();
            EnumSet<MentionType> types = EnumSet.noneOf(MentionType.class);
            Set<String> roles = new LinkedHashSet<>();
            Set<String> users = new LinkedHashSet<>();
            for (Reply.Mention mention : mentions) {
                switch (mention.kind()) {
                    case HERE -> {
                        words.add("@here");
                        types.add(MentionType.HERE);
                    }
                    case CHANNEL -> {
                        words.add("@everyone");
                        types.add(MentionType.EVERYONE);
                    }
                    case GROUP -> {
                        if (isSnowflake(mention.id()) && roles.add(mention.id())) {
                            words.add("<@&" + mention.id() + ">");
                        }
                    }
                    case USER -> {
                        if (isSnowflake(mention.id()) && users.add(mention.id())) {
                            words.add("<@" + mention.id() + ">");
                        }
                    }
                }
            }
            return new Mentions(String.join(" ", new LinkedHashSet<>(words)), types, roles, users);
        }

        private static boolean isSnowflake(String id) {
            return id.matches("\\d{1,20}");
        }
    }
}
