package dev.liveops.quantconnect.model;

import java.util.List;
import java.util.Optional;

/** The nodes a project may use, by kind, from {@code projects/nodes/read}. */
public record ProjectNodes(List<Node> backtest, List<Node> research, List<Node> live, boolean autoSelectNode) {
    public ProjectNodes {
        backtest = backtest == null ? List.of() : List.copyOf(backtest);
        research = research == null ? List.of() : List.copyOf(research);
        live = live == null ? List.of() : List.copyOf(live);
    }

    /** The first live node nobody uses; GPU nodes are left for research, as QuantConnect's own tests do. */
    public Optional<Node> firstFreeLiveNode() {
        return live.stream().filter(node -> !node.busy() && !node.hasGpu()).findFirst();
    }
}
