package dev.liveops.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A QuantConnect project. Names are paths ("Live/Momentum"). The entry plan stands in for the algorithm's code:
 * it is what a fresh deployment trades when it starts running. {@code compileFails} seeds a broken build.
 */
record Project(int projectId, String name, String language, String description, Instant created, Instant modified,
               List<TargetHolding> entryPlan, boolean compileFails) {

    static final String PYTHON = "Py";
    static final String CSHARP = "C#";

    Project {
        entryPlan = List.copyOf(entryPlan);
    }

    /** The live/read "securityTypes" string, e.g. "Equity" or "Crypto". */
    String securityTypes() {
        return entryPlan.stream()
                .map(target -> target.security().type().displayName())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    boolean isPython() {
        return PYTHON.equals(language);
    }
}
