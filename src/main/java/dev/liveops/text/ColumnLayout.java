package dev.liveops.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows laid out in aligned columns for a fixed-width font: the console's tables and Slack's code blocks. A cell is
 * one line; one longer than the column allows is either wrapped onto more lines (nothing is lost) or shortened
 * with "…" (one line per row), as the caller chooses.
 */
public final class ColumnLayout {
    private static final String GAP = "  ";

    private final int maxCell;
    private final Overflow overflow;

    /** What a cell longer than the column gets. */
    public enum Overflow { WRAP, SHORTEN }

    /** The laid-out header line, and each row as its lines joined by '\n' (one line unless a cell wrapped). */
    public record Laid(String header, List<String> rows) {
        public Laid {
            rows = List.copyOf(rows);
        }
    }

    public ColumnLayout(int maxCell, Overflow overflow) {
        if (maxCell < 1) {
            throw new IllegalArgumentException("maxCell must be at least 1: " + maxCell);
        }
        this.maxCell = maxCell;
        this.overflow = overflow;
    }

    /** Cells beyond the header's columns are left out; line breaks inside a cell become spaces. */
    public Laid lay(List<String> columns, List<List<String>> rows) {
        List<List<List<String>>> cells = new ArrayList<>();
        cells.add(columns.stream().map(this::cellLines).toList());
        rows.forEach(row -> cells.add(row.stream().limit(columns.size()).map(this::cellLines).toList()));
        int[] widths = new int[columns.size()];
        for (List<List<String>> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                for (String line : row.get(i)) {
                    widths[i] = Math.max(widths[i], line.length());
                }
            }
        }
        List<String> laid = cells.stream().map(row -> render(row, widths)).toList();
        return new Laid(laid.get(0), laid.subList(1, laid.size()));
    }

    private List<String> cellLines(String value) {
        String flat = (value == null ? "" : value).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (flat.length() <= maxCell) {
            return List.of(flat);
        }
        return overflow == Overflow.SHORTEN ? List.of(Shorten.to(flat, maxCell)) : wrap(flat);
    }

    /** Breaks at the last space that fits, else (a long word) at the width itself. */
    private List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxCell) {
            int space = rest.lastIndexOf(' ', maxCell);
            int end = space > 0 ? space : Math.max(1, Shorten.safeEnd(rest, maxCell));
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    private static String render(List<List<String>> row, int[] widths) {
        int height = row.stream().mapToInt(List::size).max().orElse(1);
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < height; at++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String part = at < row.get(i).size() ? row.get(i).get(at) : "";
                line.append(part).append(" ".repeat(widths[i] - part.length()));
                if (i < row.size() - 1) {
                    line.append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return String.join("\n", lines);
    }
}
