package dev.liveops.console;

import dev.liveops.reply.Reply;
import dev.liveops.text.ColumnLayout;

/** Renders a reply as plain text for a terminal: a marked title, fields, an aligned table, the buttons as commands. */
public final class TextRenderer {
    /** A terminal has room; a long cell wraps within its column, so a usage line is never cut. */
    private static final ColumnLayout CELLS = new ColumnLayout(48, ColumnLayout.Overflow.WRAP);

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        String marker = switch (reply.severity()) {
            case SUCCESS -> "[ok] ";
            case WARNING -> "[!] ";
            case ERROR -> "[error] ";
            case INFO -> "";
        };
        if (!reply.title().isBlank()) {
            out.append(marker).append(reply.title()).append('\n');
            marker = "";
        }
        if (!reply.text().isBlank()) {
            out.append(marker).append(reply.text()).append('\n');
        }
        for (Reply.Field field : reply.fields()) {
            out.append("  ").append(field.name()).append(": ").append(field.value()).append('\n');
        }
        reply.table().ifPresent(table -> appendTable(out, table));
        if (!reply.footer().isBlank()) {
            out.append(reply.footer()).append('\n');
        }
        for (Reply.Button button : reply.buttons()) {
            out.append("  -> ").append(button.label()).append(": type '").append(button.command()).append("'\n");
        }
        return out.toString();
    }

    private static void appendTable(StringBuilder out, Reply.Table table) {
        ColumnLayout.Laid laid = CELLS.lay(table.columns(), table.rows());
        out.append(indent(laid.header())).append('\n');
        laid.rows().forEach(row -> out.append(indent(row)).append('\n'));
        if (!table.summary().isBlank()) {
            out.append(table.summary()).append('\n');
        }
    }

    private static String indent(String lines) {
        return lines.indent(2).stripTrailing();
    }
}
