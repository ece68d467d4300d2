package dev.liveops.quantconnect;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Signs each outgoing request at the moment it is sent, so a retry carries a fresh timestamp too. */
final class SigningInterceptor implements Interceptor {
    private final RequestSigner signer;

    SigningInterceptor(RequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        RequestSigner.Signature signature = signer.sign();
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", signature.authorization())
                .header("Timestamp", signature.timestamp())
                .build());
    }
}
