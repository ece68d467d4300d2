package dev.liveops.console;

import dev.liveops.access.Caller;
import dev.liveops.command.CommandGateway;
import dev.liveops.reply.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The console adapter: one command per line from a reader (a terminal or a pipe), each reply printed as text.
 * "yes" / "no" answer the last confirmation shown, which is what a person at a terminal types.
 */
public final class ConsoleSession {
    /** What "yes" runs: the button that confirms or approves, whatever it looks like. */
    private static final List<String> YES_COMMANDS = List.of("confirm ", "approve ");
    private static final String NO_COMMAND = "cancel ";

    private final BiFunction<Caller, String, Reply> commands;
    private final Caller caller;
    private final TextRenderer renderer = new TextRenderer();
    private final ChartFiles charts;
    private List<Reply.Button> lastButtons = List.of();

    public ConsoleSession(CommandGateway gateway, Caller caller) {
        this(gateway::handle, caller);
    }

    /** @param charts where the pictures of replies are saved */
    public ConsoleSession(CommandGateway gateway, Caller caller, ChartFiles charts) {
        this(gateway::handle, caller, charts);
    }

    /** @param commands runs one command line for a caller and answers it: the gateway, in production */
    public ConsoleSession(BiFunction<Caller, String, Reply> commands, Caller caller) {
        this(commands, caller, new ChartFiles(Path.of("data", "charts")));
    }

    public ConsoleSession(BiFunction<Caller, String, Reply> commands, Caller caller, ChartFiles charts) {
        this.commands = commands;
        this.caller = caller;
        this.charts = charts;
    }

    /** Reads until end of input or "exit"; returns how many commands ran. */
    public int run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        int commands = 0;
        prompt(out, interactive);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String trimmed = line.strip();
            if (trimmed.equalsIgnoreCase("exit") || trimmed.equalsIgnoreCase("quit")) {
                break;
            }
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                if (!interactive) {
                    out.println("> " + trimmed);
                }
                out.print(renderer.render(charts.saved(handle(trimmed))));
                out.println();
                commands++;
            }
            prompt(out, interactive);
        }
        return commands;
    }

    /** Runs one line as this session's caller. */
    public Reply handle(String line) {
        String word = line.toLowerCase(Locale.ROOT);
        boolean yes = word.equals("yes") || word.equals("y");
        boolean no = word.equals("no") || word.equals("n");
        String command = line;
        if (yes || no) {
            Optional<String> answer = lastButtons.stream().map(Reply.Button::command)
                    .filter(candidate -> yes ? YES_COMMANDS.stream().anyMatch(candidate::startsWith)
                            : candidate.startsWith(NO_COMMAND))
                    .findFirst();
            if (answer.isEmpty()) {
                return Reply.error("Nothing is waiting for a yes or no.");
            }
            command = answer.get();
        }
        Reply reply = commands.apply(caller, command);
        // A yes or no answers the last request that asked one; any other reply with buttons asks anew.
        lastButtons = yes || no ? List.of() : reply.buttons().isEmpty() ? lastButtons : reply.buttons();
        return reply;
    }

    private static void prompt(PrintStream out, boolean interactive) {
        if (interactive) {
            out.print("/live ");
            out.flush();
        }
    }
}
