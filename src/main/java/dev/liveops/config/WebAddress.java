package dev.liveops.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

/** Checks a configured address that LiveOps will connect to: an absolute URL with a host and an expected scheme. */
final class WebAddress {
    private WebAddress() {
    }

    /**
     * @return {@code url} unchanged
     * @throws IllegalArgumentException naming the setting, when the URL is unreadable, has no host or another scheme
     */
    static String require(String url, String setting, String... schemes) {
        String wanted = String.join(" or ", Arrays.stream(schemes).map(s -> s + "://").toList());
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (Arrays.asList(schemes).contains(scheme) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException unreadable) {
            // Falls through to the one sentence below; the URL itself is not repeated, it may hold credentials.
        }
        throw new IllegalArgumentException(setting + " must be a URL starting with " + wanted + " and naming a host");
    }
}
