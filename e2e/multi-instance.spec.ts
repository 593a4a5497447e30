import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { actionRequest, findAction, parseActionResult } from "../scripts/lib/actions";
import { DEFAULT_DIST, OTHER_KEY_DIST, readBuild, SAME_KEY_DIST } from "../scripts/lib/builds";
import { scheduleInput } from "../tests/schedule-input";
import { USERS } from "./auth-users";
import { MULTI, multiSchema, multiUrl } from "./env";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, roomIdBox, scheduleButton } from "./helpers/schedule-page";

/**
 * README, "Several instances": builds made apart with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY accept
 * each other's forms; a build with another key refuses them. Three servers on one Postgres and one Redis:
 * A runs the e2e build, B a second build with A's key, the control a build with another key.
 */

// The Postgres world has its own admin (made by e2e/multi-instance-server.ts), not the SQLite one.
test.use({ storageState: { cookies: [], origins: [] } });

const A = multiUrl("a");
const run = Date.now().toString(36);

interface ForwardedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends the page's server-action posts to `target` instead of A, as a load balancer may send the submit
 * to another instance than the one that rendered the form; pages and assets still come from A. Both
 * stand behind one public address, so the post reaches `target` with `target` as its origin.
 */
async function sendActionsTo(page: Page, target: string): Promise<ForwardedAnswer[]> {
  const answers: ForwardedAnswer[] = [];
  await page.route(`${A}/**`, async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    delete headers.host;
    const response = await route.fetch({
      url: request.url().replace(A, target),
      headers: { ...headers, origin: target },
    });
    answers.push({ status: response.status(), headers: response.headers(), body: await response.text() });
    await route.fulfill({ response });
  });
  return answers;
}

async function signInOnA(page: Page): Promise<void> {
  await page.goto(`${A}/login`);
  await page.getByLabel("Email").fill(USERS.admin.email);
  await page.getByLabel("Password").fill(USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(USERS.admin.email);
}

/** Opens A's schedule form and waits for hydration (the date is filled in the browser only). */
async function openFormOnA(page: Page, name: string, roomId: string): Promise<void> {
  await page.goto(`${A}/schedule`);
  await expect(page.getByLabel("Date", { exact: true })).not.toHaveValue("");
  await page.getByRole("textbox", { name: /Meeting name/ }).fill(name);
  await roomIdBox(page).fill(roomId);
}

/** Scheduling intents recorded for a RoomId in the shared Postgres schema. */
async function intentsFor(roomId: string): Promise<number> {
  const c = new pg.Client({ connectionString: MULTI.postgresUrl });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${multiSchema}.schedule_intents WHERE room_id = $1`,
      [roomId],
    );
    return Number(r.rows[0]!.n);
  } finally {
    await c.end();
  }
}

const createsOf = async (roomId: string) =>
  (await sandbox.calls("create_room")).filter(
    (c) => (c.body as { RoomInfo?: { RoomId?: string } }).RoomInfo?.RoomId === roomId,
  );

test("two builds made apart with the same key: a form rendered by A is accepted by B", async ({ page }) => {
  const [a, b] = [readBuild(DEFAULT_DIST), readBuild(SAME_KEY_DIST)];
  expect(a && b, "both builds exist").toBeTruthy();
  expect(b!.buildId).not.toBe(a!.buildId);
  expect(b!.actionsKey).toBe(a!.actionsKey);

  await signInOnA(page);
  const answers = await sendActionsTo(page, multiUrl("b"));
  const roomId = `multi-${run}-same`;
  await openFormOnA(page, "Cross-build review", roomId);
  await scheduleButton(page).click();

  await expect(confirmationHeading(page)).toBeVisible();
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(roomId);
  expect(answers).toHaveLength(1);
  expect(answers[0]!.status).toBe(200);
  // The flight answer names the build that produced it: B's, not A's.
  expect(answers[0]!.body).toContain(`"b":"${b!.buildId}"`);
  expect(await createsOf(roomId)).toHaveLength(1);
  expect(await intentsFor(roomId)).toBe(1);

  // One database: the meeting B created is in A's list.
  await page.unroute(`${A}/**`);
  await page.goto(`${A}/meetings?q=${roomId}`);
  await expect(page.getByText("Cross-build review")).toBeVisible();
});

test("A's action ids work on B again and again, alternating instances, one room each", async ({ page }) => {
  await signInOnA(page);
  const cookie = (await page.context().cookies(A)).map((c) => `${c.name}=${c.value}`).join("; ");
  // The ids come from A's build; B never saw A's manifest.
  const action = findAction("scheduleMeetingAction", DEFAULT_DIST);
  const targets = [multiUrl("b"), A];
  for (let i = 0; i < 10; i++) {
    const roomId = `multi-${run}-loop-${i}`;
    const req = actionRequest(targets[i % 2]!, action, [scheduleInput({ roomId })], cookie);
    const res = await fetch(req.url, req.init);
    expect(parseActionResult(await res.text())).toMatchObject({ ok: true, roomId });
    expect(await createsOf(roomId)).toHaveLength(1);
  }
});

test("negative control: a build with another key answers 409 'Server Action unavailable.' and nothing is sent", async ({
  page,
}) => {
  const [a, other] = [readBuild(DEFAULT_DIST), readBuild(OTHER_KEY_DIST)];
  expect(other!.actionsKey).not.toBe(a!.actionsKey);

  await signInOnA(page);
  const answers = await sendActionsTo(page, multiUrl("otherKey"));
  const roomId = `multi-${run}-other`;
  await openFormOnA(page, "Wrong key", roomId);
  await scheduleButton(page).click();

  // Next throws in the browser on this answer; the form says the outcome is unknown and keeps the values.
  await expect(page.getByRole("alert").filter({ hasText: "the outcome is unknown" })).toBeVisible();
  await expect(confirmationHeading(page)).toHaveCount(0);
  expect(answers).toHaveLength(1);
  expect(answers[0]).toMatchObject({ status: 409, body: "Server Action unavailable." });
  expect(answers[0]!.headers["x-nextjs-action-not-found"]).toBe("1");

  // The same by hand, with A's action id from A's manifest.
  const cookie = (await page.context().cookies(A)).map((c) => `${c.name}=${c.value}`).join("; ");
  const action = findAction("scheduleMeetingAction", DEFAULT_DIST);
  const req = actionRequest(multiUrl("otherKey"), action, [scheduleInput({ roomId })], cookie);
  const res = await fetch(req.url, req.init);
  expect(res.status).toBe(409);
  expect(res.headers.get("x-nextjs-action-not-found")).toBe("1");
  expect(await res.text()).toBe("Server Action unavailable.");

  // Nothing reached Tencent and nothing was recorded as scheduled.
  expect(await createsOf(roomId)).toHaveLength(0);
  expect(await intentsFor(roomId)).toBe(0);
  const list = await page.request.get(`${A}/api/meetings?q=${roomId}`);
  expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
});
