package dev.liveops.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without fonts, for real: a JVM whose fontconfig knows no font directory fails on the first text it
 * draws, and the chart says so in one sentence instead of a stack trace.
 */
class MissingFontsTest {
    @TempDir
    Path folder;

    @Test
    void aMachineWithoutFontsGetsOneSentence() throws Exception {
        Path config = Files.writeString(folder.resolve("fonts.conf"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><cachedir>" + folder.resolve("cache")
                + "</cachedir></fontconfig>\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A home of its own: the JDK caches what fontconfig found under ~/.java/fonts and would find the fonts there.
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Duser.home=" + folder.resolve("home"), "-cp",
                System.getProperty("java.class.path"), RenderWithoutFonts.class.getName()))
                .redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        builder.environment().remove("FONTCONFIG_PATH");

        String output = run(builder);

        Assumptions.assumeFalse(output.equals("drawn"), "this JDK finds fonts without fontconfig");
        assertThat(output).isEqualTo("unavailable: " + MissingFonts.SENTENCE);
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the rendering JVM did not end");
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }
}
