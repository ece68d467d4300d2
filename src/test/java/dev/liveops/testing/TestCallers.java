package dev.liveops.testing;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.util.Set;

/** People the tests act as, named once: pair each with the builder option that grants their roles. */
public final class TestCallers {
    /** alice at the console; an admin once {@link TestCore.Builder#consoleAdmin()} maps her. */
    public static final Caller ALICE = new Caller(Platform.CONSOLE, "alice", "alice", Set.of(), "console");

    private TestCallers() {
    }
}
