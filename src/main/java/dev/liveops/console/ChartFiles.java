package dev.liveops.console;

import dev.liveops.reply.Attachment;
import dev.liveops.reply.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the console puts a reply's picture: a file in the charts folder ({@code data/charts/} by default), named as
 * the reply names it, so a newer chart of the same project and period replaces the older one. The reply that is
 * printed says where the file is, or why there is none.
 */
public final class ChartFiles {
    private final Path folder;

    public ChartFiles(Path folder) {
        this.folder = folder;
    }

    /** The reply as the console prints it: without the picture, its text followed by the file's path. */
    Reply saved(Reply reply) {
        if (reply.attachment().isEmpty()) {
            return reply;
        }
        Attachment image = reply.attachment().get();
        Path file = folder.resolve(image.fileName());
        try {
            Files.createDirectories(folder);
            Files.write(file, image.png());
            return reply.withoutAttachment("Chart: " + file);
        } catch (IOException | SecurityException unwritable) {
            return reply.withoutAttachment("The chart could not be saved under " + folder + " ("
                    + unwritable.getClass().getSimpleName() + ").");
        }
    }
}
