package dev.liveops.quantconnect;

/**
 * QuantConnect refused the credentials (HTTP 401, or "Hash doesn't match" / "UserID not valid"). QuantConnect's own
 * text is not repeated: it echoes the request hash, and it says nothing the user can act on.
 */
public final class QuantConnectAuthException extends QuantConnectException {
    public QuantConnectAuthException(Endpoint endpoint) {
        super(endpoint, "QuantConnect refused LiveOps' credentials: check quantconnect.userId and "
                + "quantconnect.apiToken in the config, and that this machine's clock is right "
                + "(QuantConnect rejects requests signed more than two hours off).", null);
    }
}
