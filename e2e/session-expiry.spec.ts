import BetterSqlite3 from "better-sqlite3";
import type { BrowserContext, Page } from "@playwright/test";
import { USERS } from "./auth-users";
import { E2E } from "./env";
import { expect, NO_LOGIN, test } from "./fixtures";
import { expectMeetingKept, fillMeeting, type MeetingEntry } from "./helpers/meeting-form";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, scheduleButton } from "./helpers/schedule-page";

test.use({ timezoneId: "Europe/Berlin", permissions: ["clipboard-read", "clipboard-write"] });

test.beforeEach(async () => {
  await sandbox.reset();
});

// Sandbox rooms are reset per test, but Roomdesk's own meeting index outlives a run.
const run = Date.now().toString(36);

const meeting = (roomId: string, name: string): MeetingEntry => ({
  name,
  roomId,
  date: "2027-05-10",
  time: "14:30",
  zone: { name: "Europe/Berlin", offsetOnDate: "UTC+02:00", search: "berlin" },
  duration: { option: "1 h" },
  invitees: { text: "alice bob", how: "type" },
});

/**
 * Ends this browser's session on the server, as the idle limit or a revocation elsewhere would: its row
 * is deleted, and the browser keeps a cookie that no longer opens anything.
 */
async function endSessionOf(context: BrowserContext): Promise<void> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie, "a session cookie to end").toBeDefined();
  const signed = decodeURIComponent(cookie!.value);
  const token = signed.slice(0, signed.lastIndexOf("."));
  const db = new BetterSqlite3(E2E.databaseFile, { fileMustExist: true, timeout: 10_000 });
  const { changes } = db.prepare("delete from session where token = ?").run(token);
  db.close();
  expect(changes, "the session row deleted").toBe(1);
}

async function signInOnLoginPage(page: Page): Promise<void> {
  await page.getByLabel("Email").fill(USERS.admin.email);
  await page.getByLabel("Password").fill(USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an expired session on submit keeps the draft, asks to sign in over it, and then schedules it once", async ({
  signInAs,
}) => {
  const { page, context } = await signInAs(USERS.admin.email, USERS.admin.password);
  const draft = meeting(`exp-${run}`, "Budget review after the break");
  await openScheduleForm(page);
  await fillMeeting(page, draft);
  await endSessionOf(context);

  await scheduleButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Your session expired" });
  await expect(dialog).toBeVisible();
  // Declined: nothing sent, nothing lost, and the form says why.
  await dialog.getByRole("button", { name: "Not now" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("alert").filter({ hasText: "you are no longer signed in" })).toBeVisible();
  await expectMeetingKept(page, draft, ["alice", "bob"]);
  expect(await sandbox.calls("create_room")).toEqual([]);

  // Sent again: the dialog again, and signing in there sends the draft without another click.
  await scheduleButton(page).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Email").fill(USERS.admin.email);
  await dialog.getByLabel("Password").fill(USERS.admin.password);
  await dialog.getByRole("button", { name: "Sign in and continue" }).click();
  await expect(confirmationHeading(page)).toBeVisible();
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(draft.roomId);
  await expect(page).toHaveURL(/\/schedule$/);
  // Signing in re-renders the page in the same request: it must see the new session, not the old
  // cookie (which would put "Please sign in" over the confirmation).
  await expect(page.getByRole("banner")).toContainText(USERS.admin.email);
  await expect(page.getByRole("heading", { name: "Please sign in" })).toHaveCount(0);
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(draft.roomId);

  const creates = await sandbox.calls("create_room");
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body).toMatchObject({
    RoomInfo: { RoomId: draft.roomId, RoomName: draft.name, ScheduleStartTime: 1809952200 },
    ScheduleInviteeList_Account: ["alice", "bob"],
  });
  // Once in Roomdesk's index too: one meeting, one intent.
  const db = new BetterSqlite3(E2E.databaseFile, { readonly: true, fileMustExist: true });
  const meetings = db.prepare("select count(*) as n from meetings where room_id = ?").get(draft.roomId);
  db.close();
  expect(meetings).toEqual({ n: 1 });
});

test("a deep link opened signed out comes back after sign-in, and /login says why it is shown", async ({
  page,
  browser,
}) => {
  const target = meeting(`deep-${run}`, "Deep link review");
  await openScheduleForm(page);
  await fillMeeting(page, target);
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
  const deepLink = `/meetings/${target.roomId}?tab=people`;

  const context = await browser.newContext({ storageState: NO_LOGIN });
  const visitor = await context.newPage();
  await visitor.goto(deepLink);
  await expect(visitor).toHaveURL(/\/login\?next=%2Fmeetings%2Fdeep-[^&]+%3Ftab%3Dpeople$/);
  // Never signed in here: no "session expired" to explain.
  await expect(visitor.getByText("Your session expired")).toHaveCount(0);
  await signInOnLoginPage(visitor);
  await expect(visitor).toHaveURL(new RegExp(`${deepLink.replace("?", "\\?")}$`));
  await expect(visitor.getByRole("heading", { name: target.name })).toBeVisible();

  // The session runs out on the page: the next visit says so, and still comes back.
  await endSessionOf(context);
  await visitor.reload();
  await expect(visitor).toHaveURL(/\/login\?next=.*&reason=expired$/);
  await expect(visitor.getByRole("status").filter({ hasText: "Your session expired" })).toBeVisible();
  await signInOnLoginPage(visitor);
  await expect(visitor.getByRole("heading", { name: target.name })).toBeVisible();
  await expect(visitor).toHaveURL(new RegExp(`${deepLink.replace("?", "\\?")}$`));

  await visitor.getByRole("button", { name: "Sign out" }).click();
  await expect(visitor).toHaveURL(/\/login\?reason=signed-out$/);
  await expect(visitor.getByRole("status").filter({ hasText: "You signed out." })).toBeVisible();
  await context.close();
});

test("sign-in never follows a link off Roomdesk", async ({ browser }) => {
  const context = await browser.newContext({ storageState: NO_LOGIN });
  const page = await context.newPage();
  await page.goto(`/login?next=${encodeURIComponent("//evil.example/meetings")}`);
  await signInOnLoginPage(page);
  // Home, on Roomdesk itself.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await context.close();
});

test("an unknown meeting answers 404 at once and offers to import its Room ID", async ({ page }) => {
  const roomId = `nowhere-${run}`;
  const detailReads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/api/meetings/${roomId}`)) detailReads.push(r.url());
  });
  const response = await page.goto(`/meetings/${roomId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such meeting" })).toBeVisible();
  await expect(page.getByText(`Roomdesk has no meeting with Room ID ${roomId}.`)).toBeVisible();
  // The server answered; the browser never asked (and so never retried).
  expect(detailReads).toEqual([]);

  await page.getByRole("link", { name: "Import this Room ID" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings\\?import=${roomId}$`));
  await expect(page.getByRole("textbox", { name: "Room ID" })).toHaveValue(roomId);
});

test("an address with no page shows Roomdesk's own not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to Roomdesk" })).toHaveAttribute("href", "/");
});

test("scheduled, saved, copied and cancelled each say so in a toast; after cancelling, focus is on the meeting", async ({
  page,
}) => {
  const entry = meeting(`fb-${run}`, "Feedback check");
  const toast = (text: string) => page.getByRole("status").filter({ hasText: text });
  await openScheduleForm(page);
  await fillMeeting(page, entry);
  await scheduleButton(page).click();
  await expect(toast("Meeting scheduled: Feedback check")).toBeVisible();

  await page.goto(`/meetings/${entry.roomId}`);
  await page.getByRole("link", { name: "Edit meeting" }).click();
  await page.getByRole("textbox", { name: "Meeting name" }).fill("Feedback check, moved");
  await page.getByRole("button", { name: "Review changes" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(toast("Changes to Feedback check, moved are saved")).toBeVisible();
  const heading = page.getByRole("heading", { level: 1, name: "Feedback check, moved" });
  await expect(heading).toBeVisible();

  await page.getByRole("button", { name: "Copy invitation" }).click();
  await expect(toast("Copied")).toBeVisible();

  await page.getByRole("button", { name: "Cancel meeting" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel “Feedback check, moved”?" });
  await dialog
    .getByRole("textbox", { name: "Type the meeting name to confirm" })
    .fill("Feedback check, moved");
  await dialog.getByRole("button", { name: "Cancel meeting" }).click();
  await expect(toast("Feedback check, moved was cancelled")).toBeVisible();
  // The button that opened the dialog is gone: focus is on the meeting's heading, not lost to the page.
  await expect(heading).toBeFocused();
});
