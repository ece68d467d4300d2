package dev.liveops.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Charts draw text headless, which needs fontconfig and a font: every way LiveOps is built or run provides them. */
class ChartFontsTest {
    private static final String FONTS = "fontconfig fonts-dejavu-core";

    @Test
    void theImageInstallsFontsAndRunsHeadless() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replaceAll("\\\\\\n\\s*", " ");
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(runtime).contains("apt-get install -y --no-install-recommends " + FONTS);
        assertThat(runtime).containsPattern("ENTRYPOINT \\[\"/bin/sh\", \"-c\", \"exec java [^]]* -Djava.awt.headless=true ");
    }

    @Test
    void ciInstallsThemWhenMissingAndTheReadmeNamesThem() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        String readme = Files.readString(Path.of("README.md"));

        assertThat(ci).contains("need_install+=(fontconfig)").contains("need_install+=(fonts-dejavu-core)");
        assertThat(readme).contains("apt-get install openjdk-17-jdk-headless maven " + FONTS)
                .contains("`files:write`").contains("docs/chart-example.png");
        assertThat(Path.of("docs/chart-example.png")).isRegularFile();
        assertThat(Files.size(Path.of("docs/chart-example.png"))).isLessThan(100_000);
    }
}
