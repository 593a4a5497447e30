// Fills a sandbox room with simulated attendees, so the meeting page's People and Seats tabs have people
// to show in the quick start:
//   npm run sandbox:attendees -- --room weekly-sync --count 30 [--prefix guest] [--sandbox http://127.0.0.1:4600]
// Each attendee enters through the sandbox's control endpoint (lib/sandbox/people-control.ts) with a name
// card, as a TUIRoomKit client would. Works against the sandbox only: Tencent has no such endpoint.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    room: { type: "string" },
    count: { type: "string", default: "10" },
    prefix: { type: "string", default: "guest" },
    sandbox: { type: "string", default: `http://127.0.0.1:${process.env.SANDBOX_PORT || "4600"}` },
  },
});

async function main(): Promise<void> {
  const room = values.room;
  const count = Number(values.count);
  if (!room) throw new Error("--room is required");
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive integer");
  let entered = 0;
  for (let i = 1; i <= count; i++) {
    const account = `${values.prefix}-${String(i).padStart(3, "0")}`;
    const res = await fetch(`${values.sandbox}/__sandbox/rooms/${encodeURIComponent(room)}/members`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ Member_Account: account, NameCard: `Guest ${i}` }),
    });
    const body = (await res.json()) as { error?: string };
    if (res.status === 404) throw new Error(`room ${room}: ${body.error ?? "not found"}`);
    if (res.status === 201) entered++;
    else if (res.status !== 200) console.warn(`${account}: ${body.error ?? res.status}`);
  }
  console.log(`${entered} attendees entered ${room}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
