/**
 * Digests: a summary of every deployment a channel may see, posted on a schedule (daily or weekly, at a local time),
 * once per period per channel whatever restarts happen. Chat sets them up with /live digest; the config may too.
 */
package dev.liveops.digest;
