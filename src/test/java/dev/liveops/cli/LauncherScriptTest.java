package dev.liveops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./liveops} launcher README's run command uses, run for real by /bin/sh with a stand-in {@code java} on
 * the PATH that writes down each command line it was given (and, for a training run, writes what it read from
 * standard input as the "archive"), so what the launcher asks of the JVM is visible without a JVM.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("liveops").toAbsolutePath();
    private static final String FAKE_JAVA = """
            #!/bin/sh
            { printf 'MALLOC_ARENA_MAX=%s' "${MALLOC_ARENA_MAX:-}"; for a in "$@"; do printf ' [%s]' "$a"; done; echo; } \\
                >> "$FAKE_LOG"
            previous=""
            for a in "$@"; do
                if [ "$previous" = -jar ] && [ ! -f "$a" ]; then echo "Error: Unable to access jarfile $a" >&2; exit 1; fi
                previous=$a
            done
            for a in "$@"; do
                case $a in
                    -XX:ArchiveClassesAtExit=*)
                        if [ "${FAKE_TRAINING:-}" = fail ]; then exit 1; fi
                        cat > "${a#*=}"; exit 0 ;;
                esac
            done
            exit "${FAKE_EXIT:-0}"
            """;

    @TempDir
    Path folder;
    private Path jar;
    private Path archive;
    private Path calls;
    private Path bin;

    @BeforeEach
    void fakeJavaAndJar() throws IOException {
        bin = Files.createDirectories(folder.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A folder name with a space, as a clone into "My Projects" would have.
        jar = Files.writeString(Files.createDirectories(folder.resolve("my clone/target")).resolve("liveops.jar"),
                "jar");
        archive = jar.resolveSibling("liveops.jsa");
        calls = folder.resolve("calls.txt");
    }

    @Test
    void theFirstStartMakesTheArchiveFromADemoListAndReadThenStartsWithIt() throws Exception {
        Launched launched = launch(Map.of(), "list\n");

        assertThat(launched.err()).contains("making the class-data archive " + archive);
        List<String> lines = calls();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("[-XX:ArchiveClassesAtExit=" + archive + ".")
                .contains("[-jar] [" + jar + "]").endsWith("[" + jar + "]");
        assertThat(Files.readString(archive)).isEqualTo("list\nread momentum\n");
        assertThat(lines.get(1)).contains("[-XX:SharedArchiveFile=" + archive + "]", "[-XX:+UseSerialGC]",
                "[-XX:TieredStopAtLevel=1]", "[-Xss512k]").startsWith("MALLOC_ARENA_MAX=2 ")
                .endsWith("[-jar] [" + jar + "]");
        assertThat(jar.getParent()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aJarNamedRelativeToTheCurrentFolderStillMakesItsArchive() throws Exception {
        // The training run starts in a folder of its own, where a relative name points nowhere.
        Launched launched = launch(Map.of("LIVEOPS_JAR", folder.relativize(jar).toString()), "");

        assertThat(launched.err()).doesNotContain("could not be made");
        assertThat(archive).exists();
        assertThat(calls().get(1)).contains("[-XX:SharedArchiveFile=" + archive + "]").endsWith("[-jar] [" + jar + "]");
    }

    @Test
    void laterStartsOnlyMapTheArchive() throws Exception {
        launch(Map.of(), "");

        Launched second = launch(Map.of(), "");

        assertThat(second.err()).doesNotContain("making");
        List<String> lines = calls();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("[-XX:SharedArchiveFile=" + archive + "]")
                .doesNotContain("ArchiveClassesAtExit");
    }

    @Test
    void aNewerJarMakesANewArchive() throws Exception {
        launch(Map.of(), "");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 10_000));

        launch(Map.of(), "");

        List<String> lines = calls();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(lines.get(3)).contains("[-XX:SharedArchiveFile=" + archive + "]");
    }

    @Test
    void runKeepsBothCompilersAndEveryArgumentArrivesAsGiven() throws Exception {
        launch(Map.of(), "", "--ops-port", "9464", "run", "--config", "/config/bot config.json");

        String started = calls().get(1);
        assertThat(started).doesNotContain("TieredStopAtLevel").contains("[-XX:+UseSerialGC]")
                .endsWith("[-jar] [" + jar + "] [--ops-port] [9464] [run] [--config] [/config/bot config.json]");
    }

    @Test
    void theConsoleIsShortLivedAndItsArgumentsArriveAsGiven() throws Exception {
        launch(Map.of(), "", "console", "--as", "Jane Doe");

        assertThat(calls().get(1)).contains("[-XX:TieredStopAtLevel=1]")
                .endsWith("[" + jar + "] [console] [--as] [Jane Doe]");
    }

    @Test
    void optionsFromTheEnvironmentComeAfterTheDefaultsSoTheyWin() throws Exception {
        launch(Map.of("LIVEOPS_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "", "run");

        assertThat(calls().get(1)).endsWith("[-Xmx1g] [-XX:TieredStopAtLevel=4] [-jar] [" + jar + "] [run]");
    }

    @Test
    void withoutAnArchiveLiveOpsStillStartsAndTheExitCodeIsJavas() throws Exception {
        Launched launched = launch(Map.of("FAKE_TRAINING", "fail", "FAKE_EXIT", "3"), "");

        assertThat(launched.exitCode()).isEqualTo(3);
        assertThat(launched.err()).contains("the archive could not be made; starting without it");
        List<String> lines = calls();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).doesNotContain("SharedArchiveFile").contains("[-XX:+UseSerialGC]");
        assertThat(jar.getParent()).isDirectoryNotContaining("glob:**.{tmp,jsa}");
    }

    @Test
    void anUnbuiltJarIsOneSentenceSayingHowToBuildIt() throws Exception {
        Files.delete(jar);

        Launched launched = launch(Map.of(), "");

        assertThat(launched.exitCode()).isEqualTo(1);
        assertThat(launched.err().strip()).isEqualTo("liveops: " + jar
                + " is not built yet; build it with: mvn -B -ntp package -DskipTests");
        assertThat(calls).doesNotExist();
    }

    private record Launched(int exitCode, String err) {
    }

    private Launched launch(Map<String, String> env, String input, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.equals("JAVA_HOME") || name.startsWith("LIVEOPS_")
                || name.equals("MALLOC_ARENA_MAX"));
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.put("LIVEOPS_JAR", jar.toString());
        environment.put("FAKE_LOG", calls.toString());
        environment.putAll(env);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return new Launched(process.exitValue(), err);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }
}
