package dev.liveops.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import dev.liveops.reply.Reply;
import dev.liveops.text.Shorten;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a {@link Reply} as Block Kit: a header with the severity emoji, the text, the fields, a compact table, the
 * footer as context, the buttons as actions, and a plain-text fallback. Every limit in {@link BlockKitLimits} holds
 * whatever the reply holds: long text is split or cut, a long table shows the whole rows that fit and says how many
 * are left out.
 */
public final class BlockKitRenderer {
    /** Every button's action id starts so; the app routes the block actions with this prefix to the gateway. */
    public static final String ACTION_ID_PREFIX = "live:";
    private static final Logger log = LoggerFactory.getLogger(BlockKitRenderer.class);
    private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]+");
    private static final int TEXT_SECTIONS = 2;
    private static final int TEXT_WITH_TABLE = BlockKitLimits.SECTION_TEXT;
    private static final int ALL_FIELDS = 2000;
    private static final int FOOTER = 500;
    /** Blocks kept free for the table while fields are laid out: one code block and its summary. */
    private static final int TABLE_BLOCKS = 2;

    public SlackMessage render(Reply reply) {
        Budget budget = new Budget(BlockKitLimits.MAX_BLOCKS, BlockKitLimits.TOTAL_BLOCK_TEXT);
        String emoji = StatusEmoji.of(reply);
        String mentions = mentions(reply.mentions());
        // The footer and the buttons are laid out first so that no amount of text can push Confirm off the message.
        List<LayoutBlock> tail = new ArrayList<>();
        if (!reply.footer().isBlank()) {
            String footer = Shorten.to(SlackText.escape(reply.footer()), FOOTER);
            tail.add(context(List.of(markdownText(footer))));
            budget.spend(1, footer.length());
        }
        addButtons(reply.buttons(), tail, budget);

        List<LayoutBlock> blocks = new ArrayList<>();
        boolean headed = !reply.title().isBlank();
        if (headed) {
            String title = Shorten.to(lead(emoji) + reply.title().replace('\n', ' '), BlockKitLimits.HEADER_TEXT);
            blocks.add(header(h -> h.text(plainText(title, true))));
            budget.spend(1, title.length());
        }
        String lead = mentions.isEmpty() ? "" : mentions + " ";
        String body = (headed ? "" : lead(emoji)) + SlackText.escape(reply.text().strip());
        addText(lead, body, reply.table().isPresent() ? TEXT_WITH_TABLE : TEXT_SECTIONS * BlockKitLimits.SECTION_TEXT,
                blocks, budget);
        addFields(reply.fields(), blocks, budget, reply.table().isPresent() ? TABLE_BLOCKS : 0);
        reply.table().ifPresent(table -> addTable(table, blocks, budget));
        blocks.addAll(tail);
        return new SlackMessage(fallback(reply, emoji, mentions), blocks);
    }

    private static void addText(String lead, String body, int max, List<LayoutBlock> blocks, Budget budget) {
        String text = lead + body;
        if (text.isBlank()) {
            return;
        }
        int room = Math.min(max, budget.chars());
        for (String piece : SlackText.split(text, BlockKitLimits.SECTION_TEXT, TEXT_SECTIONS)) {
            if (budget.blocks() < 1 || room <= 0) {
                return;
            }
            String fitted = Shorten.to(piece, room);
            blocks.add(section(s -> s.text(markdownText(fitted))));
            budget.spend(1, fitted.length());
            room -= fitted.length();
        }
    }

    /** Inline fields go side by side, ten to a section; a wide field gets a section of its own. */
    private static void addFields(List<Reply.Field> fields, List<LayoutBlock> blocks, Budget budget,
                                  int keepBlocks) {
        int room = Math.min(ALL_FIELDS, budget.chars());
        List<TextObject> row = new ArrayList<>();
        for (Reply.Field field : fields) {
            // Two blocks free: one for the row being filled, one in case this field is wide.
            if (room <= 0 || budget.blocks() - keepBlocks < 2) {
                break;
            }
            String text = Shorten.to("*" + SlackText.escape(field.name()) + "*\n" + SlackText.escape(field.value()),
                    Math.min(room, field.inline() ? BlockKitLimits.FIELD_TEXT : BlockKitLimits.SECTION_TEXT));
            room -= text.length();
            budget.spend(0, text.length());
            if (field.inline()) {
                row.add(markdownText(text));
                if (row.size() == BlockKitLimits.SECTION_FIELDS) {
                    flushFields(row, blocks, budget);
                }
            } else {
                flushFields(row, blocks, budget);
                blocks.add(section(s -> s.text(markdownText(text))));
                budget.spend(1, 0);
            }
        }
        flushFields(row, blocks, budget);
    }

    private static void flushFields(List<TextObject> row, List<LayoutBlock> blocks, Budget budget) {
        if (!row.isEmpty()) {
            List<TextObject> fields = List.copyOf(row);
            blocks.add(section(s -> s.fields(fields)));
            budget.spend(1, 0);
            row.clear();
        }
    }

    private static void addTable(Reply.Table table, List<LayoutBlock> blocks, Budget budget) {
        MonospaceTable text = new MonospaceTable(table);
        String summary = Shorten.to(SlackText.escape(table.summary()), BlockKitLimits.CONTEXT_TEXT / 2);
        int summaryRoom = summary.length() + 40;
        MonospaceTable.Fitted fitted = text.fit(BlockKitLimits.SECTION_TEXT, budget.blocks() - 1,
                budget.chars() - summaryRoom);
        for (String code : fitted.blocks()) {
            blocks.add(section(s -> s.text(markdownText(code))));
            budget.spend(1, code.length());
        }
        String note = fitted.rowsLeftOut() == 0 ? summary : (summary.isBlank() ? "" : summary + " ")
                + Shorten.ELLIPSIS + " " + fitted.rowsLeftOut() + " more row" + (fitted.rowsLeftOut() == 1 ? "" : "s")
                + " not shown.";
        if (!note.isBlank() && budget.blocks() > 0) {
            blocks.add(context(List.of(markdownText(note))));
            budget.spend(1, note.length());
        }
    }

    private static void addButtons(List<Reply.Button> buttons, List<LayoutBlock> tail, Budget budget) {
        List<BlockElement> elements = new ArrayList<>();
        for (Reply.Button button : buttons) {
            if (button.command().length() > BlockKitLimits.BUTTON_VALUE) {
                log.warn("Left out the button '{}': its command is longer than Slack allows", button.label());
                continue;
            }
            if (elements.size() == BlockKitLimits.BUTTONS_PER_ACTIONS_BLOCK) {
                log.warn("Left out {} buttons beyond Slack's {} per message", buttons.size() - elements.size(),
                        BlockKitLimits.BUTTONS_PER_ACTIONS_BLOCK);
                break;
            }
            String label = Shorten.to(button.label(), BlockKitLimits.BUTTON_TEXT);
            String actionId = ACTION_ID_PREFIX + elements.size();
            String style = switch (button.style()) {
                case PRIMARY -> "primary";
                case DANGER -> "danger";
                case SECONDARY -> null;
            };
            elements.add(button(b -> b.text(plainText(label, true)).actionId(actionId).value(button.command())
                    .style(style)));
            budget.spend(0, label.length() + button.command().length());
        }
        if (!elements.isEmpty()) {
            tail.add(actions(elements));
            budget.spend(1, 0);
        }
    }

    /** Title, text, fields and what the table holds, for notifications: mentions must be here to alert anyone. */
    private static String fallback(Reply reply, String emoji, String mentions) {
        StringBuilder text = new StringBuilder();
        if (!mentions.isEmpty()) {
            text.append(mentions).append(' ');
        }
        text.append(lead(emoji));
        if (!reply.title().isBlank()) {
            text.append(SlackText.escape(reply.title().strip())).append('\n');
        }
        if (!reply.text().isBlank()) {
            text.append(SlackText.escape(reply.text().strip())).append('\n');
        }
        for (Reply.Field field : reply.fields()) {
            text.append(SlackText.escape(field.name())).append(": ").append(SlackText.escape(field.value()))
                    .append('\n');
        }
        reply.table().ifPresent(table -> text.append(table.summary().isBlank()
                ? table.rows().size() + " row" + (table.rows().size() == 1 ? "" : "s")
                : SlackText.escape(table.summary())).append('\n'));
        String plain = text.toString().strip();
        return Shorten.to(plain.isEmpty() ? "LiveOps" : plain, BlockKitLimits.FALLBACK_TEXT);
    }

    /** {@code <!here>}, {@code <!subteam^S123>}, {@code <@U123>}; an id that is not a Slack id is dropped. */
    static String mentions(List<Reply.Mention> mentions) {
        return mentions.stream().map(mention -> switch (mention.kind()) {
            case HERE -> "<!here>";
            case CHANNEL -> "<!channel>";
            case GROUP -> SLACK_ID.matcher(mention.id()).matches() ? "<!subteam^" + mention.id() + ">" : "";
            case USER -> SLACK_ID.matcher(mention.id()).matches() ? "<@" + mention.id() + ">" : "";
        }).filter(text -> !text.isEmpty()).distinct().collect(Collectors.joining(" "));
    }

    private static String lead(String emoji) {
        return emoji.isEmpty() ? "" : emoji + " ";
    }

    /** What is left of the message's allowance of blocks and characters. */
    private static final class Budget {
        private int blocks;
        private int chars;

        Budget(int blocks, int chars) {
            this.blocks = blocks;
            this.chars = chars;
        }

        int blocks() {
            return blocks;
        }

        int chars() {
            return chars;
        }

        void spend(int blockCount, int charCount) {
            blocks -= blockCount;
            chars -= charCount;
        }
    }
}
