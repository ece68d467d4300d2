package dev.liveops.quantconnect.model;

import java.util.List;

/** A compile of a project; {@code logs} carries the compiler output on a build error. */
public record Compile(String compileId, CompileState state, Long projectId, String signature, List<String> logs) {
    public Compile {
        state = state == null ? CompileState.UNKNOWN : state;
        logs = logs == null ? List.of() : List.copyOf(logs);
    }
}
