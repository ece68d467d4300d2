package dev.liveops.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.config.SlackSettings;
import dev.liveops.config.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the Dockerfile promises, held against the code it packages: no docker engine runs here, so these read the file
 * (instructions joined across line continuations) the way a reviewer would.
 */
class DockerfileTest {
    private final List<String> instructions = instructions();

    @Test
    void baseImagesArePinnedToExactVersions() {
        List<String> images = starting("FROM").stream().map(line -> line.split("\\s+")[1]).toList();

        assertThat(images).hasSize(2).allSatisfy(image -> assertThat(image)
                .as("a full version tag").matches("[a-z-]+:\\d+\\.\\d+\\.\\d+[-_.a-z0-9]*"));
    }

    @Test
    void theHealthCheckAsksTheOpsPortTheDefaultCommandOpensAndThatPortIsExposed() {
        String port = find(single("CMD"), "\"--ops-port\",\\s*\"(\\d+)\"");
        String health = single("HEALTHCHECK");

        assertThat(health).contains("\"/app/liveops.jar\", \"health\", \"--port\", \"" + port + "\"")
                .doesNotContain("curl").doesNotContain("wget");
        assertThat(single("EXPOSE").split("\\s+")).contains(port, String.valueOf(SlackSettings.Http.DEFAULT.port()));
    }

    @Test
    void noJavaToolOptionsToAnnounceOnEveryCommand() {
        assertThat(instructions).noneMatch(line -> line.contains("JAVA_TOOL_OPTIONS=")
                || line.contains("JDK_JAVA_OPTIONS="));
        assertThat(single("ENTRYPOINT")).contains(" -XX:MaxRAMPercentage=75 ");
    }

    @Test
    void theEntrypointMapsTheClassArchiveThatTheImagesOwnTrainingRunMadeFromItsJar() {
        String archive = find(single("ENTRYPOINT"), " -XX:SharedArchiveFile=(\\S+) ");

        assertThat(instructions).anyMatch(line -> line.startsWith("RUN ")
                && line.contains("java -XX:ArchiveClassesAtExit=" + archive + " -XX:+UseSerialGC -Xss512k -jar /app/liveops.jar")
                && line.contains("test -s " + archive));
        assertThat(instructions.indexOf(starting("USER").get(0)))
                .as("the archive is written before the unprivileged user takes over")
                .isGreaterThan(instructions.indexOf(instructions.stream()
                        .filter(line -> line.contains("ArchiveClassesAtExit")).findFirst().orElseThrow()));
    }

    @Test
    void theImageRunsWithTheLaunchersMemoryOptions() throws IOException {
        String launcher = Files.readString(Path.of("liveops"));
        List<String> options = List.of(find(launcher, "(?m)^options=\"([^\"]+)\"").split(" "));
        String entrypoint = single("ENTRYPOINT");

        assertThat(options).contains("-XX:+UseSerialGC", "-Xss512k").allSatisfy(option ->
                assertThat(entrypoint).contains(" " + option + " "));
        assertThat(launcher).contains("MALLOC_ARENA_MAX=\"${MALLOC_ARENA_MAX:-2}\"");
        assertThat(starting("ENV")).contains("ENV MALLOC_ARENA_MAX=2");
    }

    @Test
    void liveopsJavaOptsComeLastSoTheyWinAsTheyDoWithTheLauncher() {
        String entrypoint = single("ENTRYPOINT");

        assertThat(entrypoint).startsWith("ENTRYPOINT [\"/bin/sh\", \"-c\", \"exec java ")
                .as("the options, then the user's, then the jar and the command's own words")
                .containsSubsequence(" -XX:MaxNewSize=8m ", " -XX:MaxRAMPercentage=75 ",
                        " ${LIVEOPS_JAVA_OPTS:-} -jar /app/liveops.jar \\\"$@\\\"\"")
                .endsWith(", \"liveops\"]");
    }

    @Test
    void theDefaultStoreLandsOnTheDataVolume() {
        String workdir = starting("WORKDIR").get(starting("WORKDIR").size() - 1).split("\\s+")[1];
        String folder = Path.of(StoreConfig.DEFAULT_URL.substring("jdbc:sqlite:".length())).getParent().toString();

        assertThat(single("VOLUME")).contains("\"/data\"");
        assertThat(instructions).anyMatch(line -> line.startsWith("RUN ")
                && line.contains("ln -s /data " + Path.of(workdir).resolve(folder)));
    }

    @Test
    void theSourcesArePackagedOfflineAfterALayerThatSawOnlyThePom() {
        List<String> build = instructions.subList(0, instructions.indexOf(starting("FROM").get(1)));

        assertThat(build).containsSubsequence("COPY pom.xml .", "RUN mvn -B -ntp package -DskipTests && rm -rf target",
                "COPY src ./src", "RUN mvn -B -ntp -o package -DskipTests");
    }

    private List<String> starting(String keyword) {
        return instructions.stream().filter(line -> line.startsWith(keyword + " ")).toList();
    }

    private String single(String keyword) {
        assertThat(starting(keyword)).as(keyword).hasSize(1);
        return starting(keyword).get(0);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }

    private static List<String> instructions() {
        try {
            String joined = Files.readString(Path.of("Dockerfile")).replaceAll("\\\\\\n\\s*", " ");
            return joined.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
