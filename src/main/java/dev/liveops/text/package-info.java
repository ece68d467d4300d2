/**
 * How LiveOps writes things, one helper each: amounts ({@link dev.liveops.text.Money}), counts with their nouns
 * ({@link dev.liveops.text.Count}), times ({@link dev.liveops.text.TimeText}), shortening with "…"
 * ({@link dev.liveops.text.Shorten}), monospace columns ({@link dev.liveops.text.ColumnLayout}), "did you mean"
 * ({@link dev.liveops.text.Suggestions}) and what someone typed, shown back inert ({@link dev.liveops.text.Visible}).
 * Every adapter and the core use these, so a reply reads the same everywhere.
 */
package dev.liveops.text;
