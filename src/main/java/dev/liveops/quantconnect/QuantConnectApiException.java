package dev.liveops.quantconnect;

import java.util.List;

/** QuantConnect answered {@code success: false}; the message is QuantConnect's own text from {@code errors[]}. */
public final class QuantConnectApiException extends QuantConnectException {
    private final List<String> errors;

    public QuantConnectApiException(Endpoint endpoint, List<String> errors) {
        super(endpoint, String.join(" ", errors), null);
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
