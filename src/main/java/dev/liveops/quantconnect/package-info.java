/**
 * The typed client of QuantConnect's REST API v2: signed requests, the success/errors envelope, retries only where a
 * repeat cannot trade twice, and the model records in {@code model}. Knows nothing of chat or of the store.
 */
package dev.liveops.quantconnect;
