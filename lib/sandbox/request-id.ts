import { randomBytes } from "node:crypto";

/** RequestIds in Tencent's sample format `Id-<32 hex>-O-Seq-<n>`, with n increasing per sandbox. */
export function createRequestIds(): () => string {
  let seq = 0;
  return () => `Id-${randomBytes(16).toString("hex")}-O-Seq-${++seq}`;
}
