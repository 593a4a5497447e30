// What a signed-in browser does with Roomdesk, over HTTP: submit the schedule form's server action and
// look at the meetings list.
import { actionRequest, parseActionResult, type BuiltAction } from "./actions";
import type { SubmitAnswer } from "./operator";

/** Longer than Roomdesk's own wait for an intent in progress (30 s) plus a create's overall deadline. */
const SUBMIT_TIMEOUT_MS = 90_000;

export async function submitAction(
  baseUrl: string,
  action: BuiltAction,
  args: unknown[],
  cookie: string,
): Promise<SubmitAnswer> {
  const req = actionRequest(baseUrl, action, args, cookie);
  try {
    const res = await fetch(req.url, { ...req.init, signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS) });
    const text = await res.text();
    if (res.status !== 200) return { kind: "no-answer", detail: `HTTP ${res.status}` };
    const result = parseActionResult(text);
    if (!result || typeof result !== "object") return { kind: "no-answer", detail: "unreadable answer" };
    if ("thrown" in result) return { kind: "no-answer", detail: "the action threw" };
    return { kind: "answer", result };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { kind: "no-answer", detail: cause ?? (e instanceof Error ? e.name : String(e)) };
  }
}

/** Whether the meetings list (upcoming) shows a meeting matching `text`; false while Roomdesk is down. */
export async function isListed(baseUrl: string, cookie: string, text: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/meetings?tab=upcoming&q=${encodeURIComponent(text)}`, {
      headers: { cookie },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) return false;
    return ((await res.json()) as { items: unknown[] }).items.length > 0;
  } catch {
    return false;
  }
}

/** Looks at the list every `everyMs` until the meeting is there or `patienceMs` have passed. */
export async function waitUntilListed(
  baseUrl: string,
  cookie: string,
  text: string,
  patienceMs: number,
  everyMs = 500,
): Promise<boolean> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    if (await isListed(baseUrl, cookie, text)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
