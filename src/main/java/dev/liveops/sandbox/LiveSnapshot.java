package dev.liveops.sandbox;

/** A deployment as seen at one instant: what live/read, live/list and live/create render. */
record LiveSnapshot(Project project, Deployment deployment, AlgorithmStatus status, PortfolioValuation valuation) {

    String errorMessage() {
        Termination end = deployment.termination();
        return end == null ? "" : end.message();
    }
}
