import { randomBytes } from "node:crypto";
import type { SandboxApp } from "@/lib/sandbox";

/** The one TRTC application every test talks to, and what its answers look like. */

export const ADMIN = "administrator";
export const SDK_APP_ID = 1400000001;

/** The sample key from the tls-sig-api-v2 README: for tests that sign by hand. */
export const APP: SandboxApp = {
  sdkAppId: SDK_APP_ID,
  secretKey: "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
  adminIdentifiers: [ADMIN],
};

/** Tencent's sample RequestId format (and the sandbox's): `Id-<32 hex>-O-Seq-<n>`. */
export const REQUEST_ID = /^Id-[0-9a-f]{32}-O-Seq-\d+$/;

export const randomHex = (bytes = 8) => randomBytes(bytes).toString("hex");
