package dev.liveops.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A reply as Slack takes it: Block Kit blocks, and the plain {@code text} that notifications, screen readers and
 * old clients show instead.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
