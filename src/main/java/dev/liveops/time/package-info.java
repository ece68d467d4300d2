/** Waiting as a seam: production sleeps, tests move a manual clock instead. */
package dev.liveops.time;
