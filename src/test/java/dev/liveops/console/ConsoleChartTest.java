package dev.liveops.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.testing.TestCore;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /live chart at the console: the picture is written under the charts folder, its path and summary printed. */
class ConsoleChartTest {
    private static final Caller VICTOR = new Caller(Platform.CONSOLE, "victor", "victor", Set.of(), "console");

    @TempDir
    Path data;

    private TestCore core;

    @BeforeEach
    void setUp() {
        core = TestCore.builder().user(Platform.CONSOLE, "victor", "viewer").build();
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void theChartIsSavedAndItsPathAndSummaryPrinted() throws Exception {
        Path charts = data.resolve("charts");

        String out = run(new ChartFiles(charts), "chart momentum 1d");

        Path file = charts.resolve("equity-23456789-1d.png");
        BufferedImage picture = ImageIO.read(file.toFile());
        assertThat(picture.getWidth()).isEqualTo(1000);
        assertThat(picture.getHeight()).isEqualTo(500);
        assertThat(out).contains("Live/Momentum: equity, last 24 hours")
                .containsPattern("Live/Momentum, last 24 hours: [\\d,.]+ to [\\d,.]+ \\(.*\\), max drawdown -?[\\d.]+%\\.")
                .contains("Chart: " + file);
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheSummaryAndSaysSo() throws Exception {
        Path blocked = Files.writeString(data.resolve("charts"), "a file where the folder should be");

        String out = run(new ChartFiles(blocked), "chart momentum 1d");

        assertThat(out).contains("Live/Momentum, last 24 hours: ")
                .contains("The chart could not be saved under " + blocked);
    }

    private String run(ChartFiles charts, String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new ConsoleSession(core.gateway(), VICTOR, charts).run(new BufferedReader(new StringReader(script)), out,
                    false);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
