package dev.liveops.sandbox;

/** The three node pools of projects/nodes/read. */
enum NodeKind {
    BACKTEST,
    RESEARCH,
    LIVE
}
