package dev.liveops.quantconnect.model;

/** A QuantConnect compute node; a live node runs one deployment at a time. */
public record Node(
        String id,
        String name,
        String sku,
        String description,
        boolean busy,
        String usedBy,
        String projectName,
        Long projectId,
        boolean hasGpu) {
}
