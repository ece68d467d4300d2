package dev.liveops.console;

import dev.liveops.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Renders a reply as plain text for a terminal: a marked title, fields, an aligned table, the buttons as commands. */
public final class TextRenderer {
    private static final int MAX_CELL = 48;

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
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns());
        table.rows().forEach(row -> rows.add(row.stream().map(TextRenderer::cell).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row.get(i)));
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (!table.summary().isBlank()) {
            out.append(table.summary()).append('\n');
        }
    }

    private static String cell(String value) {
        String flat = value.replace('\n', ' ');
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 3) + "...";
    }
}
