import { expect, test, type Page, type Request } from "@playwright/test";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, scheduleButton } from "./helpers/schedule-page";

test.beforeEach(async () => {
  await sandbox.reset();
});

interface CapturedAction {
  id: string;
  contentType: string;
  /** The action's arguments as the browser encoded them: a JSON array. */
  args: unknown[];
}

/** Schedules once through the form and records the server-action request the browser made. */
async function captureScheduleAction(page: Page): Promise<CapturedAction> {
  const posts: Request[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) posts.push(r);
  });
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill("Captured");
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
  expect(posts).toHaveLength(1);
  const headers = posts[0]!.headers();
  return {
    id: headers["next-action"]!,
    contentType: headers["content-type"]!,
    args: JSON.parse(posts[0]!.postData()!) as unknown[],
  };
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `user_${i + 1}`);
const SCHEDULE = { date: "2030-06-03", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: 60 };

/** Each input is refused on its own, and the refusal names the field the form would mark. */
const INVALID: { path: string; patch: Record<string, unknown> }[] = [
  { path: "roomId", patch: { roomId: "日".repeat(17) } },
  { path: "schedule.durationMinutes", patch: { schedule: { ...SCHEDULE, durationMinutes: 4 } } },
  { path: "schedule.durationMinutes", patch: { schedule: { ...SCHEDULE, durationMinutes: 1441 } } },
  { path: "invitees", patch: { invitees: ids(301) } },
  { path: "invitees.0", patch: { invitees: ["bad id!"] } },
  {
    path: "seats.maxSeatCount",
    patch: { seats: { enabled: true, maxSeatCount: 21, takeSeatMode: "FreeToTake" } },
  },
  { path: "customInfo", patch: { customInfo: "é".repeat(250) + "x" } },
  { path: "schedule.time", patch: { schedule: { ...SCHEDULE, date: "2020-01-06" } } },
];

test("invalid input posted straight to the server action is refused with field errors and never sent", async ({
  page,
}) => {
  const captured = await captureScheduleAction(page);
  expect(captured.contentType).toContain("text/plain");
  expect(captured.args).toHaveLength(1);
  const browserInput = captured.args[0] as Record<string, unknown>;
  expect(browserInput).toMatchObject({ roomName: "Captured" });

  const post = (input: Record<string, unknown>) =>
    page.request.post("/schedule", {
      headers: {
        "next-action": captured.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: appUrl,
      },
      data: JSON.stringify([input]),
    });
  // Same shape as the browser's, with a fresh intent and room so only the patched field can fail.
  const base = { ...browserInput, roomId: "direct-post", intentId: undefined, schedule: SCHEDULE };

  await sandbox.reset();
  for (const { path, patch } of INVALID) {
    const response = await post({ ...base, ...patch });
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    expect(text, path).toContain('"ok":false');
    expect(text, path).toContain(`"${path}":[`);
  }
  expect(await sandbox.calls()).toEqual([]);

  // The control: the same hand-made request with valid values does reach the sandbox, exactly once.
  const response = await post(base);
  expect(await response.text()).toContain('"ok":true');
  const calls = await sandbox.calls("create_room");
  expect(calls).toHaveLength(1);
  expect(calls[0]!.body).toMatchObject({ RoomInfo: { RoomId: "direct-post", RoomName: "Captured" } });
});

test("pages arrive gzipped, the schedule action's small answer as it is", async ({ page }) => {
  const captured = await captureScheduleAction(page);
  const gzip = { "accept-encoding": "gzip" };
  const pageResponse = await page.request.get("/schedule", { headers: gzip });
  expect(pageResponse.headers()["content-encoding"]).toBe("gzip");
  const action = await page.request.post("/schedule", {
    headers: {
      ...gzip,
      "next-action": captured.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: appUrl,
    },
    data: JSON.stringify([
      { ...(captured.args[0] as object), roomId: "plain-answer", intentId: undefined, schedule: SCHEDULE },
    ]),
  });
  expect(action.headers()["content-encoding"]).toBeUndefined();
  expect(await action.text()).toContain('"ok":true');
});
