package dev.liveops.quantconnect;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

/** An answer's body as bytes, with as few copies as its framing allows. */
final class ResponseBytes {
    /** A 100k-deployment {@code live/list} is about 28 MB; an announced length alone never reserves more. */
    private static final long ALLOCATE_AT_ONCE_AT_MOST = 64L << 20;

    private ResponseBytes() {
    }

    /**
     * The body read straight into one array when its length is known: {@code bytes()} buffers a 28 MB
     * {@code live/list} in segments first and then copies it. A body shorter or longer than it said fails as
     * {@code bytes()} fails.
     */
    static byte[] of(ResponseBody body) throws IOException {
        long length = body.contentLength();
        if (length < 0 || length > ALLOCATE_AT_ONCE_AT_MOST) {
            return body.bytes(); // grows as bytes arrive: a length that lies costs nothing until they do
        }
        byte[] bytes = new byte[(int) length];
        try (InputStream in = body.byteStream()) {
            int read = 0;
            while (read < bytes.length) {
                int n = in.read(bytes, read, bytes.length - read);
                if (n < 0) {
                    throw new EOFException("the answer ended after " + read + " of its " + length + " bytes");
                }
                read += n;
            }
            if (in.read() != -1) {
                throw new IOException("the answer is longer than its " + length + " bytes");
            }
        }
        return bytes;
    }
}
