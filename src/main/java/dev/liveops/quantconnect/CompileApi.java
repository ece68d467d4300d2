package dev.liveops.quantconnect;

import dev.liveops.quantconnect.model.Compile;
import java.util.Map;

/** {@code compile/create} and {@code compile/read}. Polling until done is the caller's choice of schedule. */
public final class CompileApi {
    private final ApiTransport transport;

    CompileApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Starts a compile of the project's current code; the answer is usually still {@code InQueue}. */
    public Compile create(long projectId) {
        return transport.call(Endpoint.COMPILE_CREATE, Map.of("projectId", projectId), Compile.class);
    }

    public Compile read(long projectId, String compileId) {
        return transport.call(Endpoint.COMPILE_READ, Map.of("projectId", projectId, "compileId", compileId),
                Compile.class);
    }
}
