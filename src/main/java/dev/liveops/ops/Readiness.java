package dev.liveops.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * {@code GET /readyz}: 200 when every check passes, 503 otherwise, with one entry per check and this process's role.
 * Checks are added as their parts start (the chat platforms connect after the core).
 */
public final class Readiness {
    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();
    private final Supplier<String> role;
    private final Json json = new Json();

    /** @param role this process among its replicas: leader, standby, or single */
    public Readiness(Supplier<String> role) {
        this.role = role;
    }

    public void add(ReadinessCheck check) {
        checks.add(check);
    }

    OpsResponse answer() {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            Check result = check.check();
            ready &= result.ok();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ok", result.ok());
            entry.putAll(result.detail());
            results.put(result.name(), entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not ready");
        body.put("role", role.get());
        body.put("checks", results);
        return json.response(ready ? 200 : 503, body);
    }
}
