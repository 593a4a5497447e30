import { isObject } from "./field-checks";

/**
 * What can go wrong between Tencent and the app's receiver, switched on by tests
 * (POST /__sandbox/callback-faults): the same callback twice, two callbacks swapped, or a late one.
 * Tencent's retry and ordering policy for Room callbacks is not documented (docs/trtc-api.md §6.4 [U]),
 * so a receiver must cope with all three.
 */
export interface CallbackFaults {
  /** Each callback is delivered twice, with the same body and query. */
  duplicate: boolean;
  /** Callbacks are held in pairs and each pair is sent newest first. */
  reorder: boolean;
  /** Wait before each delivery, in ms. */
  delayMs: number;
}

export const MAX_CALLBACK_DELAY_MS = 60_000;

export const noCallbackFaults = (): CallbackFaults => ({ duplicate: false, reorder: false, delayMs: 0 });

/** Checks faults from outside; a field left out is off. Returns a problem or the faults. */
export function parseCallbackFaults(v: unknown): CallbackFaults | string {
  if (!isObject(v)) return "callback faults must be a JSON object";
  const unknown = Object.keys(v).find((k) => !["duplicate", "reorder", "delayMs"].includes(k));
  if (unknown) return `${unknown}: unknown field (duplicate, reorder, delayMs)`;
  const faults = noCallbackFaults();
  for (const key of ["duplicate", "reorder"] as const) {
    const flag = v[key];
    if (flag === undefined) continue;
    if (typeof flag !== "boolean") return `${key} must be a boolean`;
    faults[key] = flag;
  }
  const { delayMs } = v;
  if (delayMs !== undefined) {
    if (
      typeof delayMs !== "number" ||
      !Number.isInteger(delayMs) ||
      delayMs < 0 ||
      delayMs > MAX_CALLBACK_DELAY_MS
    ) {
      return `delayMs must be an integer between 0 and ${MAX_CALLBACK_DELAY_MS}`;
    }
    faults.delayMs = delayMs;
  }
  return faults;
}
