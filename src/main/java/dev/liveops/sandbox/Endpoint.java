package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One API operation: parameters in, the response fields out; the HTTP layer adds the success/errors envelope. */
@FunctionalInterface
interface Endpoint {
    ObjectNode handle(ApiRequest request);
}
