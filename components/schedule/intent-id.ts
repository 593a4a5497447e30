/**
 * A submission's idempotency key (the server's intentId: 8–64 of [A-Za-z0-9-]). Built from getRandomValues,
 * not randomUUID, which browsers offer only in secure contexts and an admin may open Roomdesk over plain http.
 */
export function newIntentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
