package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** compile/create and compile/read. */
final class CompileEndpoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrganizationStore store;
    private final CompileService compiles;

    CompileEndpoints(OrganizationStore store, CompileService compiles) {
        this.store = store;
        this.compiles = compiles;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("compile/create", this::create)
                .add("compile/read", this::read);
    }

    private ObjectNode create(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        Compile compile = store.transact((organization, now) -> compiles.create(organization, now, projectId));
        ObjectNode response = JSON.objectNode();
        response.put("compileId", compile.compileId());
        response.put("state", CompileState.IN_QUEUE.wireName());
        response.putArray("parameters");
        response.put("projectId", compile.projectId());
        response.put("signature", compile.signature());
        response.putArray("signatureOrder");
        return response;
    }

    private ObjectNode read(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        String compileId = request.requireText("compileId");
        CompileService.CompileResult result =
                store.transact((organization, now) -> compiles.read(organization, now, projectId, compileId));
        ObjectNode response = JSON.objectNode();
        response.put("compileId", result.compile().compileId());
        response.put("state", result.state().wireName());
        response.put("projectId", result.compile().projectId());
        response.put("signature", result.compile().signature());
        result.logs().forEach(response.putArray("logs")::add);
        return response;
    }
}
