package dev.liveops.discord;

import dev.liveops.access.Caller;
import dev.liveops.command.CommandGateway;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.text.Shorten;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions while typing. Discord allows no deferral and about 3 s, so a project lookup gets a deadline
 * ({@link #DEADLINE} in production); a slower QuantConnect yields no suggestions now (the lookup still fills the
 * core's cache for the next keystroke) rather than an error.
 */
final class AutocompleteHandler {
    private static final Logger log = LoggerFactory.getLogger(AutocompleteHandler.class);
    static final Duration DEADLINE = Duration.ofMillis(2500);
    static final int MAX_CHOICES = OptionData.MAX_CHOICES;
    static final int CHOICE_MAX = Command.Choice.MAX_NAME_LENGTH;

    private final CommandGateway gateway;
    private final Executor suggestions;
    private final Duration deadline;

    AutocompleteHandler(CommandGateway gateway, Executor suggestions, Duration deadline) {
        this.gateway = gateway;
        this.suggestions = suggestions;
        this.deadline = deadline;
    }

    void handle(CommandAutoCompleteInteractionEvent event) {
        AutoCompleteQuery focused = event.getFocusedOption();
        if (focused.getName().equals(DiscordCommands.STATUSES)) {
            reply(event, statusChoices(focused.getValue()));
        } else if (focused.getName().equals(DiscordCommands.PROJECT)) {
            Caller caller = DiscordCallers.of(event);
            CompletableFuture<List<Command.Choice>> lookup;
            try {
                lookup = CompletableFuture.supplyAsync(() -> projectChoices(
                        gateway.suggestProjects(caller, focused.getValue(), MAX_CHOICES)), suggestions);
            } catch (RejectedExecutionException shuttingDown) {
                lookup = CompletableFuture.completedFuture(List.of());
            }
            lookup.completeOnTimeout(List.of(), deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> List.of())
                    .thenAccept(choices -> reply(event, choices));
        } else {
            reply(event, List.of());
        }
    }

    /** "Live/Momentum (23456789)" shown, the name sent (the id when the name is longer than Discord allows). */
    static List<Command.Choice> projectChoices(List<Project> projects) {
        return projects.stream().limit(MAX_CHOICES).map(project -> {
            String id = " (" + project.projectId() + ")";
            String shown = Shorten.counting(project.name(), CHOICE_MAX - id.length()) + id;
            String value = project.name().length() <= CHOICE_MAX ? project.name()
                    : String.valueOf(project.projectId());
            return new Command.Choice(shown, value);
        }).toList();
    }

    /** Completes the last of the comma-separated statuses typed so far. */
    static List<Command.Choice> statusChoices(String typed) {
        int comma = typed.lastIndexOf(',');
        String done = comma < 0 ? "" : typed.substring(0, comma + 1).replaceAll("\\s+", "");
        String last = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        return LiveStatus.nameable().stream()
                .filter(status -> status.wireName().toLowerCase(Locale.ROOT).startsWith(last))
                .map(status -> done + status.wireName()).filter(value -> value.length() <= CHOICE_MAX)
                .limit(MAX_CHOICES).map(value -> new Command.Choice(value, value)).toList();
    }

    private static void reply(CommandAutoCompleteInteractionEvent event, List<Command.Choice> choices) {
        event.replyChoices(choices).queue(null, failure -> log.warn("Could not send suggestions for interaction "
                + "{}: {}", event.getId(), failure.getMessage()));
    }
}
