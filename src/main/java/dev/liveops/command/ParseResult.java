package dev.liveops.command;

import java.util.Optional;

/** What the parser made of a line: a command, or one sentence saying what is wrong and the usage to show. */
public sealed interface ParseResult {
    record Parsed(LiveCommand command) implements ParseResult {
    }

    record Rejected(String reason, Optional<CommandName> usageOf) implements ParseResult {
    }
}
