package dev.liveops.slack;

/**
 * What Slack accepts in one message (see chat-platform-limits.md). Slack rejects a message that breaks one with
 * {@code invalid_blocks}, so the renderer keeps within them by construction and the tests check them.
 */
public final class BlockKitLimits {
    public static final int MAX_BLOCKS = 50;
    public static final int HEADER_TEXT = 150;
    public static final int SECTION_TEXT = 3000;
    public static final int SECTION_FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int CONTEXT_TEXT = 2000;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTION_ID = 255;
    public static final int BUTTONS_PER_ACTIONS_BLOCK = 25;
    /** The top-level {@code text}, which notifications show: longer is truncated by Slack. */
    public static final int FALLBACK_TEXT = 4000;
    /**
     * All text of all blocks together. Undocumented: Slack answers {@code msg_blocks_too_long} from about 12,000
     * characters (slackapi/bolt-js#2509, #2867), so we stay well below.
     */
    public static final int TOTAL_BLOCK_TEXT = 10_000;

    private BlockKitLimits() {
    }
}
