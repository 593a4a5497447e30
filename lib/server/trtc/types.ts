import "server-only";
import type { TrtcCommandName, TrtcRequest, TrtcResponse } from "@/lib/trtc/commands";
import type { TrtcError } from "./trtc-error";

/** Everything the client needs, passed in explicitly so it runs (and is tested) without Next or env. */
export interface TrtcClientSettings {
  /** Origin of Tencent's REST domain or of the sandbox, e.g. `https://adminapisgp.im.qcloud.com`. */
  baseUrl: string;
  sdkAppId: number;
  secretKey: string;
  /** An app admin account (docs/trtc-api.md §1.3). */
  adminUserId: string;
  /** Per-attempt timeout; default 5000 ms. */
  timeoutMs?: number;
  /** Lifetime of the admin UserSig; default 86400 s (Tencent suggests at least a day). */
  userSigTtlSeconds?: number;
  /** Clock in ms used for signing; default Date.now. */
  now?: () => number;
  /** Builds each attempt's deadline from its timeout; default AbortSignal.timeout. Tests fire their own. */
  deadline?: (timeoutMs: number) => AbortSignal;
  /** Monotonic clock in ms that latencyMs is measured with; default performance.now. */
  monotonicNow?: () => number;
}

export interface TrtcCallOptions {
  /** The caller's overall deadline or cancellation, combined with the per-attempt timeout. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The `random` query parameter; given by the audit trail so its row names the request. */
  random?: number;
}

/** Facts every attempt has, success or not: enough for one audit row. */
export interface TrtcCallFacts {
  command: TrtcCommandName;
  /** `service/command`, as in the URL. */
  path: string;
  /** The request URL with the UserSig redacted. */
  endpoint: string;
  /** The `random` query parameter sent with this attempt. */
  random: number;
  /** The JSON body exactly as sent. */
  requestBody: unknown;
  /** Null when no HTTP response arrived (timeout, network failure). */
  httpStatus: number | null;
  latencyMs: number;
  /** The parsed JSON answer, or a redacted, shortened excerpt of a non-JSON one; null when there was none. */
  responseBody: unknown;
}

export interface TrtcCallSuccess<T> extends TrtcCallFacts {
  ok: true;
  requestId: string;
  /** The validated payload (`Response` of query APIs; null for commands that return only the envelope). */
  response: T;
}

export interface TrtcCallFailure extends TrtcCallFacts {
  ok: false;
  requestId: string | null;
  error: TrtcError;
}

export type TrtcCallResult<T> = TrtcCallSuccess<T> | TrtcCallFailure;

/**
 * The only way Roomdesk talks to Tencent: any command of the registry (lib/trtc/commands.ts), its body and
 * its `Response` typed from there. Upstream outcomes (errors, timeouts, bad gateways, dropped connections)
 * come back as `{ ok: false }` results and are never thrown.
 */
export interface TrtcClient {
  run<C extends TrtcCommandName>(
    command: C,
    body: TrtcRequest<C>,
    opts?: TrtcCallOptions,
  ): Promise<TrtcCallResult<TrtcResponse<C>>>;
}
