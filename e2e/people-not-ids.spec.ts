import { type Page } from "@playwright/test";
import { e2eDb } from "./auth-build";
import { STORAGE, USERS } from "./auth-users";
import { uniqueId } from "./factories";
import { expect, test } from "./fixtures";
import {
  confirmationHeading,
  openScheduleForm,
  pickTimeZone,
  roomIdBox,
  scheduleButton,
} from "./helpers/schedule-page";
import { waitForResults } from "./helpers/support-page";

const adminId = () => {
  const db = e2eDb();
  const row = db.get<{ id: string }>("select id from user where email = ?", USERS.admin.email);
  db.close();
  return row!.id;
};

const liveReads = (roomId: string) => {
  const db = e2eDb();
  const n = db.count("select count(*) as n from audit_log where room_id = ? and action = 'room.get'", roomId);
  db.close();
  return n;
};

/** A 30-minute meeting at 23:45 in Tokyo: it ends at 00:15 the next day there. */
async function scheduleLateMeeting(page: Page, roomId: string) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: /^Meeting name/ }).fill(`Late call ${roomId}`);
  await roomIdBox(page).fill(roomId);
  await page.getByLabel("Date", { exact: true }).fill("2031-03-10");
  await page.getByLabel("Start time", { exact: true }).fill("23:45");
  await pickTimeZone(page, "Asia/Tokyo", "UTC+09:00", "tokyo");
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
}

async function openMeeting(page: Page, roomId: string) {
  await page.goto(`/meetings/${encodeURIComponent(roomId)}`);
  // The live read (get_room_info) has come back: its audit row is written.
  await expect(page.getByTestId("live-room-status")).toBeVisible();
  await expect(page.getByRole("region", { name: "Audit timeline" })).toBeVisible();
}

test.describe("a meeting, as the admin who scheduled it", () => {
  const roomId = uniqueId("late");
  test.use({ timezoneId: "Asia/Tokyo" });

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: STORAGE.admin, timezoneId: "Asia/Tokyo" });
    await scheduleLateMeeting(await context.newPage(), roomId);
    await context.close();
  });

  test("says who scheduled it by email, ends '(+1 day)', and writes no raw ISO time", async ({ page }) => {
    await openMeeting(page, roomId);
    const source = page.getByTestId("meeting-source");
    await expect(source).toContainText(`Scheduled in Roomdesk by ${USERS.admin.name} <${USERS.admin.email}>`);
    await expect(source).not.toContainText(adminId());
    await expect(source).toHaveAttribute("title", `Account id: ${adminId()}`);
    await expect(page.getByRole("region", { name: "When" })).toContainText(
      "Mon, 10 Mar 2031, 23:45 – 00:15 (+1 day) (UTC+09:00)",
    );
    await expect(page.getByRole("main")).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    const timeline = page.getByRole("region", { name: "Audit timeline" });
    const created = timeline.getByRole("row").filter({ hasText: "room.create" });
    await expect(created).toContainText(USERS.admin.email);
    await expect(created).not.toContainText(adminId());
  });

  test("the list under its day says the meeting ends the next day", async ({ page }) => {
    await page.goto(`/meetings?q=${roomId}`);
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: roomId })).toContainText(
      "23:45 – 00:15 (+1 day)",
    );
  });

  test("opening its page twice adds no row to its timeline, and both live reads are audited", async ({
    page,
  }) => {
    const readsBefore = liveReads(roomId);
    const roomdeskRows = page.locator('tr[data-source="roomdesk"]');
    await openMeeting(page, roomId);
    const first = await roomdeskRows.count();
    await openMeeting(page, roomId);
    await expect(roomdeskRows).toHaveCount(first);
    await expect(roomdeskRows.filter({ hasText: "get_room_info" })).toHaveCount(0);
    expect(liveReads(roomId)).toBe(readsBefore + 2);
  });

  test.describe("as support", () => {
    test.use({ storageState: STORAGE.support });

    test("the results name the admin by email, never by raw id; the RoomId opens the meeting", async ({
      page,
    }) => {
      await page.goto(`/support?q=${encodeURIComponent(`room:${roomId}`)}&action=room.create`);
      await waitForResults(page);
      const row = page.getByTestId("support-row").first();
      await expect(row).toContainText(`${USERS.admin.name} <${USERS.admin.email}>`);
      await expect(row).not.toContainText(adminId());
      const requestId = (await row.getAttribute("data-request-id"))!;
      await expect(row.getByRole("link", { name: requestId })).toHaveCSS("white-space", "nowrap");
      await expect(row.getByRole("button", { name: `Copy RequestId ${requestId}` })).toBeVisible();
      await row.getByRole("link", { name: roomId }).click();
      await expect(page).toHaveURL(new RegExp(`/meetings/${roomId}$`));
      await expect(page.getByRole("heading", { level: 1, name: `Late call ${roomId}` })).toBeVisible();
    });
  });
});

test.describe("sign-in events in the support console", () => {
  test.use({ storageState: STORAGE.support });

  test("are hidden by default and shown when the filter asks for them", async ({ page, freshAdmin }) => {
    // freshAdmin has just signed in: an auth.sign_in row by the admin exists.
    expect(freshAdmin.page.url()).not.toMatch(/\/login$/);
    await page.goto(`/support?q=${encodeURIComponent(`user:${adminId()}`)}`);
    await waitForResults(page);
    const signIns = page.getByTestId("support-row").filter({ hasText: "auth.sign_in" });
    await expect(signIns).toHaveCount(0);
    const include = page.getByRole("checkbox", { name: /Include sign-in events/ });
    await expect(include).not.toBeChecked();
    await include.check();
    await expect(page).toHaveURL(/[?&]auth=include/);
    await expect(signIns.first()).toBeVisible();
    await expect(signIns.first()).toContainText(USERS.admin.email);
  });
});

test.describe("the users page", () => {
  test("disabling asks first: Escape keeps the account, confirming disables it", async ({
    freshAdmin,
    makeUser,
  }) => {
    const made = await makeUser("support");
    const { page } = freshAdmin;
    const row = page.getByTestId(`user-${made.email}`);
    await row.getByRole("button", { name: "Disable" }).click();
    const dialog = page.getByRole("dialog", { name: `Disable ${made.email}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Keep as is" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row).not.toContainText("Disabled");
    await row.getByRole("button", { name: "Disable" }).click();
    await dialog.getByRole("button", { name: "Disable" }).click();
    await expect(row).toContainText("Disabled");
  });

  test("refusing to demote the last administrator is an alert", async ({ freshAdmin }) => {
    const db = e2eDb();
    const activeAdmins = db.count(
      "select count(*) as n from user where role = 'admin' and (banned is null or banned = 0)",
    );
    db.close();
    expect(activeAdmins, "the e2e admin is the only active administrator at this point").toBe(1);
    const { page } = freshAdmin;
    await page.goto("/users");
    const row = page.getByTestId(`user-${USERS.admin.email}`);
    await row.getByRole("button", { name: "Make support" }).click();
    await page
      .getByRole("dialog", { name: `Make ${USERS.admin.email} a support user?` })
      .getByRole("button", { name: "Make support" })
      .click();
    await expect(row.getByRole("alert")).toHaveText(
      "This is the last active administrator; make someone else an administrator first.",
    );
    await expect(row).toContainText("Administrator");
  });
});
