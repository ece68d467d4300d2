package dev.liveops.ops;

/** One thing LiveOps needs to do its work. Called on a request thread of the operational listener; never throws. */
@FunctionalInterface
public interface ReadinessCheck {
    Check check();
}
