package dev.liveops.leader;

import java.time.Instant;

/**
 * One process's time as leader: who ({@code holder}, the process's name), which term ({@code epoch}, rising on every
 * takeover) and since when.
 */
public record Term(String holder, long epoch, Instant since) {
}
