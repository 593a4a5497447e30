// A person at the schedule form: one Schedule press a second through the real server action, alternating
// instances, open loop (a press goes out on time whether or not the last one has answered), each timed
// from send to answer.
import { actionRequest, parseActionResult, type BuiltAction } from "./actions";
import { scheduleInput, daysFromNow } from "@/tests/schedule-input";

export interface ClickResults {
  latencies: number[];
  /** Answers by kind: `ok`, the action's error code, `http<status>` or `client_error`. */
  outcomes: Record<string, number>;
}

export interface ClickOptions {
  bases: readonly string[];
  action: BuiltAction;
  cookie: string;
  /** RoomIds are `<prefix>-<n>`: apart from every other room of the run. */
  prefix: string;
  intervalMs?: number;
  timeoutMs?: number;
}

/** Starts pressing at once; `stop()` ends the presses and resolves once every press has its answer. */
export function pressScheduleEverySecond(o: ClickOptions): { stop(): Promise<ClickResults> } {
  const results: ClickResults = { latencies: [], outcomes: {} };
  const inFlight: Promise<void>[] = [];
  const count = (key: string) => (results.outcomes[key] = (results.outcomes[key] ?? 0) + 1);
  let n = 0;

  const press = () => {
    const i = n++;
    const input = scheduleInput({
      roomId: `${o.prefix}-${i}`,
      roomName: "Weekly sync",
      invitees: ["alice"],
      schedule: { date: daysFromNow(2), time: "10:00", timeZone: "Europe/Berlin", durationMinutes: 30 },
    });
    const req = actionRequest(o.bases[i % o.bases.length]!, o.action, [input], o.cookie);
    const t0 = performance.now();
    inFlight.push(
      fetch(req.url, { ...req.init, signal: AbortSignal.timeout(o.timeoutMs ?? 20_000) })
        .then(async (res) => {
          const result = parseActionResult(await res.text()) as
            { ok?: boolean; error?: { code?: string } } | undefined;
          count(
            res.status >= 500 ? `http${res.status}` : result?.ok ? "ok" : (result?.error?.code ?? "unknown"),
          );
          results.latencies.push(performance.now() - t0);
        })
        .catch(() => void count("client_error")),
    );
  };

  press();
  const timer = setInterval(press, o.intervalMs ?? 1000);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return results;
    },
  };
}
