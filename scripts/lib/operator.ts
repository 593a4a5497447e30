// A simulated administrator scheduling one meeting through the schedule form's server action and doing
// what Roomdesk's answers tell them, including the mistake a wrong answer invites: told "not scheduled,
// choose another Room ID", they schedule the same meeting again under a new RoomId, which makes a second
// room if the first one existed after all. That is the duplicate the soaks count.

export type SubmitAnswer =
  | { kind: "answer"; result: { ok?: boolean; error?: { code?: string } } }
  /** No usable answer from Roomdesk: the connection failed, or an error page instead of the action's result. */
  | { kind: "no-answer"; detail: string };

export type Verdict =
  /** Scheduled. */
  | "created"
  /** The Room ID is said to be taken: a person picks a new one and schedules again. */
  | "new-room-id"
  /** Roomdesk held the call back (rate limit, breaker): nothing was sent, press Schedule again later. */
  | "nothing-sent"
  /** A definite refusal a person cannot fix by trying again. */
  | "refused"
  /** Anything else: the outcome is open, so a person waits and looks at the meetings list. */
  | "unknown"
  /** Roomdesk did not answer; the form keeps the submission id and says "press Schedule again". */
  | "lost";

const NEW_ROOM_ID = new Set(["trtc:100003", "conflict:room"]);
const NOTHING_SENT = new Set(["trtc:busy", "trtc:circuit-open"]);
const REFUSED = new Set(["invalid-input", "intent-reused", "trtc:100002"]);

export function verdictOf(answer: SubmitAnswer): Verdict {
  if (answer.kind === "no-answer") return "lost";
  if (answer.result.ok) return "created";
  const code = answer.result.error?.code ?? "";
  if (NEW_ROOM_ID.has(code)) return "new-room-id";
  if (NOTHING_SENT.has(code)) return "nothing-sent";
  if (REFUSED.has(code)) return "refused";
  return "unknown";
}

export interface OperatorDeps {
  /** Posts the schedule form with this RoomId and submission id. */
  submit(roomId: string, intentId: string): Promise<SubmitAnswer>;
  /** Looks at the meetings list until the meeting shows up (true) or the operator's patience ends. */
  waitUntilListed(): Promise<boolean>;
  /** A fresh RoomId (the form's "generate" button) and a fresh submission id. */
  newRoomId(): string;
  newIntentId(): string;
  pause(ms: number): Promise<void>;
  maxSubmissions: number;
  /** How many times they will pick a new Room ID for the same meeting. */
  maxNewRoomIds: number;
}

export type OperatorOutcome = "created" | "listed" | "refused" | "gave-up";

export interface OperatorReport {
  outcome: OperatorOutcome;
  submissions: number;
  roomIds: string[];
  verdicts: Verdict[];
  /** Each answer's error code, or what went wrong when none came. */
  codes: string[];
}

export async function scheduleLikeAnOperator(deps: OperatorDeps): Promise<OperatorReport> {
  const roomIds = [deps.newRoomId()];
  const verdicts: Verdict[] = [];
  const codes: string[] = [];
  let intentId = deps.newIntentId();
  const done = (outcome: OperatorOutcome): OperatorReport => ({
    outcome,
    submissions: verdicts.length,
    roomIds,
    verdicts,
    codes,
  });

  while (verdicts.length < deps.maxSubmissions) {
    const answer = await deps.submit(roomIds.at(-1)!, intentId);
    const verdict = verdictOf(answer);
    verdicts.push(verdict);
    codes.push(answer.kind === "no-answer" ? answer.detail : (answer.result.error?.code ?? "ok"));
    switch (verdict) {
      case "created":
        return done("created");
      case "refused":
        return done("refused");
      case "new-room-id":
        if (roomIds.length > deps.maxNewRoomIds) return done("gave-up");
        roomIds.push(deps.newRoomId());
        intentId = deps.newIntentId();
        break;
      case "nothing-sent":
        await deps.pause(1000);
        // A definite answer closes the form's submission: pressing again is a new intent.
        intentId = deps.newIntentId();
        break;
      case "unknown":
      case "lost":
        if (await deps.waitUntilListed()) return done("listed");
        // Still not listed: press Schedule again with the same values, as the form says. It keeps the
        // submission id only when no answer came or the answer was "still in progress".
        if (verdict === "unknown" && !isInProgress(answer)) intentId = deps.newIntentId();
        break;
    }
  }
  return done("gave-up");
}

const isInProgress = (a: SubmitAnswer) => a.kind === "answer" && a.result.error?.code === "in-progress";
