package dev.liveops.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Endpoint paths relative to /api/v2 (e.g. "live/read") mapped to their operations. */
final class ApiRoutes {
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    ApiRoutes add(String path, Endpoint endpoint) {
        endpoints.put(path, endpoint);
        return this;
    }

    Optional<Endpoint> find(String path) {
        return Optional.ofNullable(endpoints.get(path));
    }
}
