package dev.liveops.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenTest {
    @Test
    void textWithinTheLimitIsKeptAsItIs() {
        assertThat(Shorten.to("Live/Momentum", 13)).isEqualTo("Live/Momentum");
        assertThat(Shorten.counting("Live/Momentum", 13)).isEqualTo("Live/Momentum");
        assertThat(Shorten.byLines("a\nb", 3)).isEqualTo("a\nb");
    }

    @Test
    void cutTextEndsInOneEllipsisCharacterWithinTheLimit() {
        assertThat(Shorten.to("Live/MeanReversion", 10)).isEqualTo("Live/Mean…").hasSize(10);
        assertThat(Shorten.to("Live", 0)).isEmpty();
    }

    @Test
    void neverSplitsAnEmojiOrAnEscapedCharacter() {
        assertThat(Shorten.to("ab\uD83D\uDE80cd", 4)).isEqualTo("ab…");
        assertThat(Shorten.to("Symbol&lt;SPY&gt;", 10)).isEqualTo("Symbol…");
        assertThat(Shorten.to("R&D momentum; v2", 6)).isEqualTo("R&D m…");
    }

    @Test
    void countingSaysHowMuchWasLeftOut() {
        String cut = Shorten.counting("x".repeat(100), 40);

        assertThat(cut).hasSizeLessThanOrEqualTo(40).endsWith("… (" + (100 - cut.indexOf('…')) + " more characters)");
    }

    @Test
    void byLinesKeepsWholeLinesAndCountsTheRest() {
        String text = String.join("\n", "line 1", "line 2", "line 3", "line 4", "line 5", "line 6");

        assertThat(Shorten.byLines(text, 40)).isEqualTo("line 1\nline 2\nline 3\n… 3 more lines");
    }
}
