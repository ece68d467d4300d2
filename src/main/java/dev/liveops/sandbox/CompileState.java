package dev.liveops.sandbox;

/** compile/read "state" values. */
enum CompileState {
    IN_QUEUE("InQueue"),
    BUILD_SUCCESS("BuildSuccess"),
    BUILD_ERROR("BuildError");

    private final String wireName;

    CompileState(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
