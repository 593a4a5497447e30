import { createHash, timingSafeEqual } from "node:crypto";

/**
 * The callback signature Tencent documents for its live callbacks (docs/trtc-api.md §6.5):
 * `Sign = sha256(Token + RequestTime)`, plain SHA-256 of the token followed by the decimal Unix seconds,
 * lowercase hex. Whether Conference's room_config signs the same way is not confirmed [U], so a token is
 * optional on both sides. The sandbox signs with it, the receiver checks with it.
 */
export function callbackSign(token: string, requestTime: number | string): string {
  return createHash("sha256").update(`${token}${requestTime}`, "utf8").digest("hex");
}

/** Constant-time comparison of a received Sign with the one the token gives. */
export function callbackSignMatches(token: string, requestTime: string, sign: string): boolean {
  const expected = Buffer.from(callbackSign(token, requestTime), "utf8");
  const got = Buffer.from(sign.toLowerCase(), "utf8");
  return got.length === expected.length && timingSafeEqual(got, expected);
}
