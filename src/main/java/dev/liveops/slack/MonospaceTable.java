package dev.liveops.slack;

import dev.liveops.reply.Reply;
import dev.liveops.text.ColumnLayout;
import dev.liveops.text.Shorten;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply's table as aligned lines in code blocks. A row is never split across blocks or cut off halfway down the
 * table: what does not fit is counted, so the reader is told how many rows are missing.
 */
final class MonospaceTable {
    /**
     * Wide enough for "3 days ago (2026-11-17 14:30 UTC)" and most project names, narrow enough for a laptop; a
     * longer cell is shortened, so that each row stays one line and whole rows can be counted.
     */
    static final int MAX_CELL = 36;
    private static final ColumnLayout CELLS = new ColumnLayout(MAX_CELL, ColumnLayout.Overflow.SHORTEN);
    private static final String FENCE = "```";

    private final String header;
    private final List<String> rows;

    MonospaceTable(Reply.Table table) {
        ColumnLayout.Laid laid = CELLS.lay(noBackticks(table.columns()), table.rows().stream()
                .map(MonospaceTable::noBackticks).toList());
        this.header = SlackText.escape(laid.header());
        this.rows = laid.rows().stream().map(SlackText::escape).toList();
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
            String opening = FENCE + "\n" + Shorten.to(header, maxChars / 2) + "\n";
            int overhead = opening.length() + FENCE.length();
            if (room <= overhead) {
                break;
            }
            StringBuilder block = new StringBuilder(opening);
            int inBlock = 0;
            while (shown < rows.size()) {
                String row = rows.get(shown);
                if (inBlock == 0 && overhead + row.length() + 1 > room) {
                    row = Shorten.to(row, room - overhead - 1);
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

    /** A backtick would close the code block. */
    private static List<String> noBackticks(List<String> cells) {
        return cells.stream().map(cell -> cell == null ? "" : cell.replace('`', '\'')).toList();
    }
}
