package dev.liveops.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.liveops.reply.Attachment;
import dev.liveops.reply.Reply;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares a reply's picture in a channel by Slack's external upload flow (files.upload is retired): Bolt's
 * {@code filesUploadV2} asks {@code files.getUploadURLExternal} for an address, posts the bytes there, and
 * {@code files.completeUploadExternal} shares the file in the channel with the reply's summary as its comment. The
 * app needs the {@code files:write} scope and must be in the channel. Slack has no private files in a channel, so the
 * picture is shared with the channel whoever asked.
 */
final class PictureUpload {
    private static final Logger log = LoggerFactory.getLogger(PictureUpload.class);

    private static final String UNREACHABLE = "unreachable";

    private final MethodsClient slack;

    PictureUpload(MethodsClient slack) {
        this.slack = slack;
    }

    /** Empty when the picture and its summary are in the channel; else one sentence saying why they are not. */
    Optional<String> share(String channelId, Reply reply) {
        return upload(channelId, reply).map(PictureUpload::refusal);
    }

    /** Slack's reason for refusing the upload, empty when it was shared. */
    private Optional<String> upload(String channelId, Reply reply) {
        Attachment image = reply.attachment().orElseThrow(() -> new IllegalArgumentException("no picture to share"));
        try {
            FilesUploadV2Response shared = slack.filesUploadV2(request -> request.channel(channelId)
                    .initialComment(reply.text()).fileData(image.png()).filename(image.fileName())
                    .title(reply.title().isBlank() ? image.fileName() : reply.title()).altTxt(image.altText())
                    .requestFileInfo(false));
            return shared.isOk() ? Optional.empty() : Optional.of(shared.getError());
        } catch (SlackFilesUploadV2Exception refused) {
            return Optional.of(error(refused));
        } catch (SlackApiException refused) {
            return Optional.of("HTTP " + refused.getResponse().code());
        } catch (IOException unreachable) {
            return Optional.of(UNREACHABLE);
        }
    }

    /** Slack's error code, from whichever of the three steps failed. */
    private static String error(SlackFilesUploadV2Exception failure) {
        for (FilesGetUploadURLExternalResponse step : failure.getGetURLResponses()) {
            if (!step.isOk()) {
                return step.getError();
            }
        }
        var uploads = failure.getUploadResponses().values().stream().filter(upload -> upload.getCode() != 200)
                .findFirst();
        if (uploads.isPresent()) {
            return "upload answered HTTP " + uploads.get().getCode();
        }
        return failure.getCompleteResponse() == null ? "unknown" : failure.getCompleteResponse().getError();
    }

    private static String refusal(String error) {
        log.warn("Slack refused a file upload: {}", error);
        return switch (String.valueOf(error)) {
            case "missing_scope" -> "The picture could not be shared: the Slack app lacks the files:write scope "
                    + "(add it under OAuth & Permissions and reinstall the app).";
            case "not_in_channel", "channel_not_found" -> "The picture could not be shared: LiveOps is not in this "
                    + "channel (invite it, e.g. /invite @LiveOps).";
            case UNREACHABLE -> "The picture could not be shared: Slack could not be reached to upload it.";
            default -> "The picture could not be shared: Slack said " + error + ".";
        };
    }
}
