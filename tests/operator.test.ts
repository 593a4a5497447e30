import { describe, expect, it } from "vitest";
import { scheduleLikeAnOperator, verdictOf, type SubmitAnswer } from "@/scripts/lib/operator";

const fail = (code: string): SubmitAnswer => ({ kind: "answer", result: { ok: false, error: { code } } });
const created: SubmitAnswer = { kind: "answer", result: { ok: true } };
const dropped: SubmitAnswer = { kind: "no-answer", detail: "ECONNRESET" };

/** Runs the operator against scripted answers and a scripted meetings list; returns what they sent. */
async function operate(answers: SubmitAnswer[], listed: boolean[] = []) {
  const sent: { roomId: string; intentId: string }[] = [];
  let rooms = 0;
  let intents = 0;
  const report = await scheduleLikeAnOperator({
    submit: async (roomId, intentId) => (sent.push({ roomId, intentId }), answers.shift()!),
    waitUntilListed: async () => listed.shift() ?? false,
    newRoomId: () => `room-${rooms++}`,
    newIntentId: () => `intent-${intents++}`,
    pause: async () => {},
    maxSubmissions: 4,
    maxNewRoomIds: 1,
  });
  return { report, sent };
}

describe("the simulated operator", () => {
  it("classifies answers as the form presents them", () => {
    expect(verdictOf(created)).toBe("created");
    expect(verdictOf(fail("trtc:100003"))).toBe("new-room-id");
    expect(verdictOf(fail("conflict:room"))).toBe("new-room-id");
    expect(verdictOf(fail("trtc:circuit-open"))).toBe("nothing-sent");
    expect(verdictOf(fail("invalid-input"))).toBe("refused");
    expect(verdictOf(fail("trtc:timeout"))).toBe("unknown");
    expect(verdictOf(fail("trtc:unconfirmed"))).toBe("unknown");
    expect(verdictOf(dropped)).toBe("lost");
  });

  it("told the Room ID is taken, schedules the same meeting again under a new RoomId", async () => {
    const { report, sent } = await operate([fail("trtc:100003"), created]);
    expect(sent).toEqual([
      { roomId: "room-0", intentId: "intent-0" },
      { roomId: "room-1", intentId: "intent-1" },
    ]);
    expect(report).toMatchObject({ outcome: "created", roomIds: ["room-0", "room-1"] });
  });

  it("told the outcome is open, looks at the list and does not schedule again when it is there", async () => {
    const { report, sent } = await operate([fail("trtc:timeout")], [true]);
    expect(sent).toHaveLength(1);
    expect(report.outcome).toBe("listed");
  });

  it("not listed after an open answer, presses Schedule again with the same RoomId", async () => {
    // No answer: the form keeps its submission id. An answer: the form closes it.
    const { sent } = await operate([dropped, fail("trtc:timeout"), created], [false, false]);
    expect(sent).toEqual([
      { roomId: "room-0", intentId: "intent-0" },
      { roomId: "room-0", intentId: "intent-0" },
      { roomId: "room-0", intentId: "intent-1" },
    ]);
  });

  it("gives up after its limits", async () => {
    const taken = await operate([fail("trtc:100003"), fail("trtc:100003"), created]);
    expect(taken.report).toMatchObject({ outcome: "gave-up", submissions: 2 });
    const open = await operate([fail("trtc:timeout"), fail("trtc:timeout"), fail("trtc:timeout"), fail("x")]);
    expect(open.report).toMatchObject({ outcome: "gave-up", submissions: 4 });
  });
});
