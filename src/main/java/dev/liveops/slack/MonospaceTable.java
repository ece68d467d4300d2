package dev.liveops.slack;

import dev.liveops.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply's table as aligned lines in code blocks. A row is never split across blocks or cut off halfway down the
 * table: what does not fit is counted, so the reader is told how many rows are missing.
 */
final class MonospaceTable {
    /** Wide enough for "3 days ago (2026-11-17 14:30 UTC)" and most project names, narrow enough for a laptop. */
    static final int MAX_CELL = 36;
    private static final String FENCE = "```";

    private final String header;
    private final List<String> rows;

    MonospaceTable(Reply.Table table) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns().stream().map(MonospaceTable::cell).toList());
        table.rows().forEach(row -> cells.add(row.stream().map(MonospaceTable::cell).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = cells.stream().map(row -> SlackText.escape(line(row, widths))).toList();
        this.header = lines.get(0);
        this.rows = lines.subList(1, lines.size());
    }

    int rowCount() {
        return rows.size();
    }

    /** The code blocks that fit: whole rows, each block within {@code maxChars}, all together within the budgets. */
    Fitted fit(int maxChars, int maxBlocks, int charBudget) {
        List<String> blocks = new ArrayList<>();
        int shown = 0;
        int spent = 0;
        while (shown < rows.size() && blocks.size() < maxBlocks) {
            int room = Math.min(maxChars, charBudget - spent);
            String opening = FENCE + "\n" + SlackText.cut(header, maxChars / 2) + "\n";
            int overhead = opening.length() + FENCE.length();
            if (room <= overhead) {
                break;
            }
            StringBuilder block = new StringBuilder(opening);
            int inBlock = 0;
            while (shown < rows.size()) {
                String row = rows.get(shown);
                if (inBlock == 0 && overhead + row.length() + 1 > room) {
                    row = SlackText.cut(row, room - overhead - 1);
                }
                if (block.length() + row.length() + 1 + FENCE.length() > room) {
                    break;
                }
                block.append(row).append('\n');
                shown++;
                inBlock++;
            }
            if (inBlock == 0) {
                break;
            }
            block.append(FENCE);
            blocks.add(block.toString());
            spent += block.length();
        }
        return new Fitted(blocks, rows.size() - shown);
    }

    /** The code blocks, and how many rows did not fit in them. */
    record Fitted(List<String> blocks, int rowsLeftOut) {
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size() && i < widths.length; i++) {
            line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
            if (i < row.size() - 1) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }

    /** One line, no backticks (they would close the code block), at most {@link #MAX_CELL} chars. */
    private static String cell(String value) {
        String flat = (value == null ? "" : value).replace('\n', ' ').replace('\r', ' ').replace('`', '\'');
        return SlackText.cut(flat, MAX_CELL);
    }
}
