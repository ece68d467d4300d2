package dev.liveops.project;

import dev.liveops.quantconnect.ProjectsApi;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.text.Suggestions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the project a user means. Accepts the id, the full name (a leading slash and case ignored), a unique prefix or
 * a unique last path segment ({@code momentum} is {@code Live/Momentum}). The project list is cached briefly and
 * fetched again when a name is not found, so a project created a minute ago is still found.
 */
public final class ProjectDirectory {
    private static final Logger log = LoggerFactory.getLogger(ProjectDirectory.class);
    private static final Duration MIN_REFRESH_GAP = Duration.ofSeconds(5);
    /** After a failed refresh, how long the stale list is used before trying again. */
    private static final Duration STALE_RETRY = Duration.ofSeconds(30);
    private static final Pattern PROJECT_ID = Pattern.compile("\\d{1,18}");

    private final ProjectsApi projects;
    private final Clock clock;
    private final Duration ttl;
    private List<Project> cached = List.of();
    private Map<Long, Project> byId = Map.of();
    private Instant fetchedAt = Instant.MIN;

    public ProjectDirectory(ProjectsApi projects, Clock clock, Duration ttl) {
        this.projects = projects;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The result of looking a name up. */
    public sealed interface Lookup {
        record Found(Project project) implements Lookup {
        }

        record Ambiguous(String typed, List<Project> candidates) implements Lookup {
        }

        record NotFound(String typed, List<String> suggestions) implements Lookup {
        }
    }

    /** Looks the name up among the projects the caller may see; the others do not exist for them. */
    public Lookup find(String typed, Predicate<String> visible) {
        Lookup lookup = match(typed, visible(all(false), visible));
        if (lookup instanceof Lookup.NotFound && isRefreshAllowed()) {
            lookup = match(typed, visible(all(true), visible));
        }
        return lookup;
    }

    private static List<Project> visible(List<Project> all, Predicate<String> visible) {
        return all.stream().filter(project -> visible.test(project.name())).toList();
    }

    /** The name of a project id, when the project is known. */
    public Optional<String> nameOf(long projectId) {
        all(false);
        Optional<String> name = cachedName(projectId);
        if (name.isEmpty() && isRefreshAllowed()) {
            all(true);
            name = cachedName(projectId);
        }
        return name;
    }

    private synchronized Optional<String> cachedName(long projectId) {
        return Optional.ofNullable(byId.get(projectId)).map(Project::name);
    }

    public synchronized List<Project> all(boolean forceRefresh) {
        Instant now = clock.instant();
        if (forceRefresh || fetchedAt.plus(ttl).isBefore(now)) {
            try {
                cached = projects.list();
            } catch (QuantConnectException unreachable) {
                if (cached.isEmpty()) {
                    throw unreachable;
                }
                // Names rarely change: a stale list beats "Project 23456789" slipping past every project filter.
                log.warn("Project list not refreshed ({}); using the one from {}", unreachable.getMessage(),
                        fetchedAt);
                fetchedAt = now.minus(ttl).plus(STALE_RETRY);
                return cached;
            }
            byId = cached.stream().collect(Collectors.toUnmodifiableMap(Project::projectId, p -> p, (a, b) -> a));
            fetchedAt = now;
        }
        return cached;
    }

    private synchronized boolean isRefreshAllowed() {
        return fetchedAt.plus(MIN_REFRESH_GAP).isBefore(clock.instant());
    }


    /**
     * Projects whose name starts with, or contains, what was typed so far: for autocompletion. Served from the cache,
     * so it is fast except on the very first call.
     */
    public List<Project> suggest(String typed, Predicate<String> visible, int limit) {
        String wanted = normalise(typed == null ? "" : typed);
        List<Project> candidates = visible(all(false), visible);
        return candidates.stream()
                .filter(p -> normalise(p.name()).contains(wanted))
                .sorted(Comparator
                        .comparing((Project p) -> !(normalise(p.name()).startsWith(wanted)
                                || lastSegment(p.name()).startsWith(wanted)))
                        .thenComparing(p -> normalise(p.name())))
                .limit(limit)
                .toList();
    }

    private static Lookup match(String typed, List<Project> all) {
        String wanted = normalise(typed);
        if (PROJECT_ID.matcher(wanted).matches()) {
            long id = Long.parseLong(wanted);
            Optional<Project> byId = all.stream().filter(p -> p.projectId() == id).findFirst();
            if (byId.isPresent()) {
                return new Lookup.Found(byId.get());
            }
        }
        for (Predicate<Project> rule : List.<Predicate<Project>>of(
                p -> normalise(p.name()).equals(wanted),
                p -> lastSegment(p.name()).equals(wanted),
                p -> normalise(p.name()).startsWith(wanted),
                p -> lastSegment(p.name()).startsWith(wanted))) {
            List<Project> matches = all.stream().filter(rule).toList();
            if (matches.size() == 1) {
                return new Lookup.Found(matches.get(0));
            }
            if (matches.size() > 1) {
                return new Lookup.Ambiguous(typed, matches);
            }
        }
        List<String> names = all.stream().map(Project::name).toList();
        List<String> close = Suggestions.ranked(wanted, names, 3);
        if (close.isEmpty()) {
            close = Suggestions.ranked(wanted, all.stream().map(p -> lastSegment(p.name())).toList(), 3).stream()
                    .flatMap(segment -> names.stream().filter(name -> lastSegment(name).equals(segment)))
                    .limit(3).toList();
        }
        return new Lookup.NotFound(typed, close);
    }

    private static String normalise(String name) {
        String trimmed = name.trim();
        return (trimmed.startsWith("/") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String name) {
        String normal = normalise(name);
        return normal.substring(normal.lastIndexOf('/') + 1);
    }
}
