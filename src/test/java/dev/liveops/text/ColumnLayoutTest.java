package dev.liveops.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    private static final List<String> COLUMNS = List.of("Project", "Status");

    @Test
    void alignsColumnsToTheWidestCell() {
        ColumnLayout.Laid laid = new ColumnLayout(20, ColumnLayout.Overflow.WRAP).lay(COLUMNS,
                List.of(List.of("Live/Momentum", "Running"), List.of("Pairs", "Stopped")));

        assertThat(laid.header()).isEqualTo("Project        Status");
        assertThat(laid.rows()).containsExactly("Live/Momentum  Running", "Pairs          Stopped");
    }

    @Test
    void wrapKeepsEveryWordOnMoreLinesOfTheSameColumn() {
        ColumnLayout.Laid laid = new ColumnLayout(12, ColumnLayout.Overflow.WRAP).lay(COLUMNS,
                List.of(List.of("Crypto Basis Trade Alpha", "Running"), List.of("Unbreakable-Name", "Stopped")));

        assertThat(laid.header()).isEqualTo("Project       Status");
        assertThat(laid.rows()).containsExactly("Crypto Basis  Running\nTrade Alpha",
                "Unbreakable-  Stopped\nName");
    }

    @Test
    void shortenKeepsOneLinePerRowAndEndsACutCellInAnEllipsis() {
        ColumnLayout.Laid laid = new ColumnLayout(12, ColumnLayout.Overflow.SHORTEN).lay(COLUMNS,
                List.of(List.of("Research/Crypto Basis Trade", "Running\nagain")));

        assertThat(laid.rows()).containsExactly("Research/Cr…  Running aga…");
    }
}
