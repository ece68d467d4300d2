package dev.liveops.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.liveops.command.CommandGateway;
import dev.liveops.quantconnect.model.Project;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Suggestions always answer in time, within Discord's choice limits. */
class AutocompleteHandlerTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CommandGateway gateway = mock(CommandGateway.class);

    @AfterEach
    void tearDown() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aSlowLookupAnswersWithNoChoicesBeforeDiscordGivesUp() {
        when(gateway.suggestProjects(any(), anyString(), anyInt())).thenAnswer(call -> {
            release.await();
            return List.of(project(1, "Live/Momentum"));
        });
        CommandAutoCompleteInteractionEvent event = typing("project", "mom");

        new AutocompleteHandler(gateway, executor, Duration.ofMillis(50)).handle(event);

        assertThat(choicesSent(event)).isEmpty();
    }

    @Test
    void projectsAreOfferedByNameWithTheirIdShown() {
        String longName = "Live/" + "x".repeat(120);
        when(gateway.suggestProjects(any(), anyString(), anyInt())).thenReturn(List.of(project(23456789,
                "Live/Momentum"), project(23456790, longName)));
        CommandAutoCompleteInteractionEvent event = typing("project", "mom");

        new AutocompleteHandler(gateway, executor, AutocompleteHandler.DEADLINE).handle(event);

        List<Command.Choice> choices = choicesSent(event);
        assertThat(choices).extracting(Command.Choice::getName).first().isEqualTo("Live/Momentum (23456789)");
        assertThat(choices).extracting(Command.Choice::getAsString).containsExactly("Live/Momentum", "23456790");
        assertThat(choices.get(1).getName()).hasSizeLessThanOrEqualTo(100).endsWith(" (23456790)");
    }

    @Test
    void statusesCompleteTheLastOneTyped() {
        assertThat(AutocompleteHandler.statusChoices("RuntimeError, sto")).extracting(Command.Choice::getAsString)
                .containsExactly("RuntimeError,Stopped");
        assertThat(AutocompleteHandler.statusChoices("")).extracting(Command.Choice::getAsString)
                .containsExactly("DeployError", "InQueue", "Running", "Stopped", "Liquidated", "Deleted",
                        "Completed", "RuntimeError", "Invalid", "LoggingIn", "Initializing", "History");
        assertThat(AutocompleteHandler.statusChoices("id")).isEmpty();
        assertThat(AutocompleteHandler.projectChoices(IntStream.range(0, 40)
                .mapToObj(i -> project(i, "P" + i)).toList())).hasSize(25);
    }

    private static Project project(long id, String name) {
        return new Project(id, "org", name, "", "Py", null, null, null);
    }

    private static CommandAutoCompleteInteractionEvent typing(String option, String typed) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(typed);
        when(event.getFocusedOption()).thenReturn(query);
        User user = mock(User.class);
        when(user.getId()).thenReturn(DiscordTestServer.TOM);
        when(user.getEffectiveName()).thenReturn("tom");
        when(event.getUser()).thenReturn(user);
        when(event.getChannelId()).thenReturn(DiscordTestServer.CHANNEL);
        when(event.replyChoices(any(Collection.class))).thenReturn(mock(AutoCompleteCallbackAction.class,
                RETURNS_SELF));
        return event;
    }

    @SuppressWarnings("unchecked")
    private static List<Command.Choice> choicesSent(CommandAutoCompleteInteractionEvent event) {
        ArgumentCaptor<Collection<Command.Choice>> sent = ArgumentCaptor.forClass(Collection.class);
        verify(event, timeout(2_000)).replyChoices(sent.capture());
        return List.copyOf(sent.getValue());
    }
}
