package dev.liveops.sandbox;

/** The one LEAN version the sandbox offers; versionId "-1" (master) resolves to it. */
final class LeanVersion {
    static final int ID = 17202;
    static final String NAME = "2.5.0.0." + ID;
    static final int MASTER = -1;

    private LeanVersion() {
    }
}
