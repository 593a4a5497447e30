/**
 * What each Tencent ErrorCode means and what to do about it (docs/trtc-api.md §3 common codes, §4 room codes).
 * Plain data with no server imports: the TRTC client classifies failures with it and the UI shows it.
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
  /** What happened, in plain words. */
  meaning: string;
  /** What the operator should do next. */
  action: string;
}

type Row = [
  code: number,
  category: TrtcErrorCategory,
  retryable: TrtcRetryable,
  meaning: string,
  action: string,
];

const FIX_CREDENTIALS = "Check the SDKAppID, admin user ID and secret key in the server settings.";
const WAIT_AND_RETRY = "Wait a few seconds and try again.";
const REPORT = "Try again later; if it keeps happening, contact Tencent Cloud support with the RequestId.";

const ROWS: Row[] = [
  // §3: common codes shared by every REST API.
  [60002, "request", "no", "Tencent could not parse the HTTP request.", "Report this as a Roomdesk bug."],
  [60003, "request", "no", "Tencent could not parse the request JSON.", "Report this as a Roomdesk bug."],
  [60004, "auth", "no", "The admin identifier or UserSig was rejected.", FIX_CREDENTIALS],
  [60005, "auth", "no", "The admin identifier or UserSig was rejected.", FIX_CREDENTIALS],
  [
    60006,
    "auth",
    "no",
    "The SDKAppID is not valid.",
    "Check the SDKAppID and region in the server settings.",
  ],
  [60007, "rate", "after-pause", "Too many REST calls per second.", WAIT_AND_RETRY],
  [60008, "server", "no", "The request timed out at Tencent or was malformed.", REPORT],
  [60009, "request", "no", "Tencent reported a resource error for the URL.", "Check the base URL setting."],
  [60010, "auth", "no", "The identifier is not an app admin.", "Use an admin account as the admin user ID."],
  [60011, "rate", "after-pause", "Too many requests for this SDKAppID.", WAIT_AND_RETRY],
  [60012, "request", "no", "The SDKAppID was missing from the request.", "Report this as a Roomdesk bug."],
  [60013, "server", "no", "Tencent could not parse a JSON response internally.", REPORT],
  [60014, "server", "no", "Tencent timed out while exchanging the account.", REPORT],
  [
    60015,
    "request",
    "no",
    "An account field in the request has the wrong type.",
    "Report this as a Roomdesk bug.",
  ],
  [
    60016,
    "package",
    "no",
    "This SDKAppID is disabled.",
    "Check the app's status in the Tencent Cloud console.",
  ],
  [
    60017,
    "request",
    "no",
    "This request is disabled for the app.",
    "Check the app's settings in the console.",
  ],
  [60018, "rate", "after-pause", "Too many requests; Tencent asks to retry later.", WAIT_AND_RETRY],
  [60019, "rate", "after-pause", "Too many requests; Tencent asks to retry later.", WAIT_AND_RETRY],
  [
    60020,
    "package",
    "no",
    "No package is purchased, or it is still being set up.",
    "Check the package in the console; a new one can take about 5 minutes.",
  ],
  [70001, "auth", "no", "The admin UserSig has expired.", "Check the server clock and the UserSig lifetime."],
  [70002, "auth", "no", "The UserSig was empty.", FIX_CREDENTIALS],
  [70003, "auth", "no", "The UserSig failed verification.", FIX_CREDENTIALS],
  [70005, "auth", "no", "The UserSig failed verification.", FIX_CREDENTIALS],
  [70009, "auth", "no", "The key does not match the SDKAppID.", FIX_CREDENTIALS],
  [70013, "auth", "no", "The identifier does not match the one inside the UserSig.", FIX_CREDENTIALS],
  [70014, "auth", "no", "The SDKAppID does not match the one inside the UserSig.", FIX_CREDENTIALS],
  [70016, "auth", "no", "Tencent found no key for this app.", FIX_CREDENTIALS],
  [
    70020,
    "auth",
    "no",
    "The SDKAppID was not found.",
    "Check the SDKAppID and region in the server settings.",
  ],
  [
    70050,
    "auth",
    "no",
    "Too many failed sign-ins; the account is locked for a minute.",
    `${FIX_CREDENTIALS} Then wait a minute.`,
  ],
  [70051, "auth", "no", "The admin account is blacklisted.", "Contact Tencent Cloud support."],
  [70052, "auth", "no", "The UserSig was invalidated.", "Try again; Roomdesk signs a new UserSig."],
  [70107, "account", "no", "The user account does not exist.", "Import the account first, then try again."],
  [70114, "auth", "no", "The request was restricted for security reasons.", "Contact Tencent Cloud support."],
  [70169, "server", "after-pause", "Tencent timed out internally.", WAIT_AND_RETRY],
  [70206, "request", "no", "The batch size is not valid.", "Send fewer items per request."],
  [
    70398,
    "package",
    "no",
    "The app has reached its account limit (trial: 100).",
    "Upgrade the package or remove unused accounts.",
  ],
  [70402, "request", "no", "Tencent rejected the parameters.", "Check the values sent."],
  [70403, "auth", "no", "The call needs app admin rights.", "Use an admin account as the admin user ID."],
  [70500, "server", "no", "Tencent had an internal error.", REPORT],
  [80001, "content", "no", "The text hit Tencent's sensitive-word filter.", "Change the wording."],
  [80002, "content", "no", "The message body is too long (over 8 KB).", "Shorten it."],
  // §4: private codes of the room, seat and callback services.
  [
    100001,
    "server",
    "yes",
    "Tencent had an internal error.",
    "Roomdesk retries it; if it keeps failing, contact Tencent Cloud support with the RequestId.",
  ],
  [100002, "request", "no", "A parameter is not valid.", "Correct the field named in the error details."],
  [
    100003,
    "room",
    "no",
    "A room with this ID already exists.",
    "Use another room ID or open the existing room.",
  ],
  [100004, "room", "no", "The room does not exist or was destroyed.", "Check the room ID."],
  [100005, "member", "no", "The user is not a member of the room.", "Check the user ID."],
  [
    100006,
    "auth",
    "no",
    "The account lacks permission for this operation.",
    "Use an admin or owner account.",
  ],
  [100007, "package", "no", "No payment information or package for rooms.", "Buy a Conference package."],
  [100010, "room", "no", "The room ID is in use and this operator owns it.", "Use another room ID."],
  [100011, "room", "no", "The room ID is already used by a Chat group.", "Use another room ID."],
  [
    100012,
    "room",
    "no",
    "The same room ID was created twice within one second.",
    "Check whether the room exists before creating it again.",
  ],
  [100200, "seat", "no", "The seat is locked.", "Pick another seat."],
  [100202, "seat", "no", "The user is already applying for a seat.", "Wait for the pending request."],
  [100203, "seat", "no", "The user is already on a seat.", "No action needed."],
  [100205, "seat", "no", "All seats are taken.", "Free a seat first."],
  [100210, "seat", "no", "Someone is already on that seat.", "Pick another seat."],
  [100211, "seat", "no", "The room does not use seats.", "Enable seat mode when creating the room."],
  [100300, "callback", "no", "A callback configuration already exists.", "Update it instead of creating it."],
  [100301, "callback", "no", "No callback configuration exists yet.", "Create it first."],
  [100302, "callback", "no", "No callback token configuration exists.", "Set the callback token first."],
];

export const TRTC_ERROR_CATALOG: Readonly<Record<number, TrtcErrorDescription>> = Object.freeze(
  Object.fromEntries(
    ROWS.map(([code, category, retryable, meaning, action]) => [
      code,
      Object.freeze({ code, known: true, category, retryable, meaning, action }),
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
    meaning: `Unknown error code ${code} from Tencent`,
    action: "Look the code up in Tencent's error-code documentation and keep the RequestId for support.",
  };
}
