package dev.liveops.sandbox;

/** The one QuantConnect user of the sandbox, shown as the owner of projects and the user of busy nodes. */
record SandboxUser(String userId, String displayName, String profileUrl) {

    /** Project.ownerId is an integer on the wire; a non-numeric sandbox user id maps to 0. */
    int ownerId() {
        try {
            return Integer.parseInt(userId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
