package dev.liveops.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Every command the sandbox accepted, in order. Not thread-safe; guarded by {@link OrganizationStore}. */
final class CommandInbox {
    private final List<SandboxCommand> received = new ArrayList<>();

    void add(SandboxCommand command) {
        received.add(command);
    }

    List<SandboxCommand> all() {
        return List.copyOf(received);
    }
}
