/**
 * How each Tencent ErrorCode is classified and whether it is retried (docs/trtc-api.md §3 common codes, §4 room codes).
 * Plain data with no server imports: the TRTC client classifies failures with it. The words (what it means, what
 * to do) live in the catalog namespace trtcCode, worded for the viewer by lib/i18n/describe-trtc-code.ts.
 *
 * Retry policy (docs/security.md 19): only 100001 is retried at once; rate and internal-timeout codes only after a
 * pause; parameter, conflict and auth codes never, because repeating the same request cannot change the answer.
 */

export type TrtcRetryable = "yes" | "after-pause" | "no";

export type TrtcErrorCategory =
  | "auth"
  | "rate"
  | "request"
  | "room"
  | "member"
  | "seat"
  | "callback"
  | "account"
  | "content"
  | "package"
  | "server"
  | "unknown";

export interface TrtcErrorDescription {
  code: number;
  /** False for a code this catalog does not list; it is still shown, never hidden. */
  known: boolean;
  category: TrtcErrorCategory;
  retryable: TrtcRetryable;
}

type Row = [code: number, category: TrtcErrorCategory, retryable: TrtcRetryable];

const ROWS: Row[] = [
  // §3: common codes shared by every REST API.
  [60002, "request", "no"],
  [60003, "request", "no"],
  [60004, "auth", "no"],
  [60005, "auth", "no"],
  [60006, "auth", "no"],
  [60007, "rate", "after-pause"],
  [60008, "server", "no"],
  [60009, "request", "no"],
  [60010, "auth", "no"],
  [60011, "rate", "after-pause"],
  [60012, "request", "no"],
  [60013, "server", "no"],
  [60014, "server", "no"],
  [60015, "request", "no"],
  [60016, "package", "no"],
  [60017, "request", "no"],
  [60018, "rate", "after-pause"],
  [60019, "rate", "after-pause"],
  [60020, "package", "no"],
  [70001, "auth", "no"],
  [70002, "auth", "no"],
  [70003, "auth", "no"],
  [70005, "auth", "no"],
  [70009, "auth", "no"],
  [70013, "auth", "no"],
  [70014, "auth", "no"],
  [70016, "auth", "no"],
  [70020, "auth", "no"],
  [70050, "auth", "no"],
  [70051, "auth", "no"],
  [70052, "auth", "no"],
  [70107, "account", "no"],
  [70114, "auth", "no"],
  [70169, "server", "after-pause"],
  [70206, "request", "no"],
  [70398, "package", "no"],
  [70402, "request", "no"],
  [70403, "auth", "no"],
  [70500, "server", "no"],
  [80001, "content", "no"],
  [80002, "content", "no"],
  // §4: private codes of the room, seat and callback services.
  [100001, "server", "yes"],
  [100002, "request", "no"],
  [100003, "room", "no"],
  [100004, "room", "no"],
  [100005, "member", "no"],
  [100006, "auth", "no"],
  [100007, "package", "no"],
  [100010, "room", "no"],
  [100011, "room", "no"],
  [100012, "room", "no"],
  [100200, "seat", "no"],
  [100202, "seat", "no"],
  [100203, "seat", "no"],
  [100205, "seat", "no"],
  [100210, "seat", "no"],
  [100211, "seat", "no"],
  [100300, "callback", "no"],
  [100301, "callback", "no"],
  [100302, "callback", "no"],
];

export const TRTC_ERROR_CATALOG: Readonly<Record<number, TrtcErrorDescription>> = Object.freeze(
  Object.fromEntries(
    ROWS.map(([code, category, retryable]) => [
      code,
      Object.freeze({ code, known: true, category, retryable }),
    ]),
  ),
);

export function describeTrtcError(code: number): TrtcErrorDescription {
  const known = Object.hasOwn(TRTC_ERROR_CATALOG, code) ? TRTC_ERROR_CATALOG[code] : undefined;
  if (known) return known;
  return {
    code,
    known: false,
    category: "unknown",
    // An unlisted code may be a parameter or auth error; repeating it blindly could create duplicates.
    retryable: "no",
  };
}
