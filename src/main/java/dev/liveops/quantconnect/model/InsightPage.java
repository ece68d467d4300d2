package dev.liveops.quantconnect.model;

import java.util.List;

/** A window of a deployment's insights; {@code length} is how many there are in all. */
public record InsightPage(List<Insight> insights, int length) {
    public InsightPage {
        insights = List.copyOf(insights);
    }
}
