package dev.liveops.sandbox;

/** A node of the organization. Whether it is busy is not stored: it follows from the deployments using it. */
record ComputeNode(String id, String name, NodeKind kind, String sku, String description, int cpu, double ram,
                   double speed, int assets, String host, int monthlyPrice, int yearlyPrice) {
}
