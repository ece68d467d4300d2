package dev.liveops.quantconnect;

/** QuantConnect answered with something that is not the documented JSON (an HTML error page, a truncated body). */
public final class QuantConnectProtocolException extends QuantConnectException {
    public QuantConnectProtocolException(Endpoint endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }
}
