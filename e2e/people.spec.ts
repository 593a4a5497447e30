import { formatInZone } from "../lib/time";
import { USERS } from "./auth-users";
import { uniqueId } from "./factories";
import { expect, test } from "./fixtures";
import { waitForHydration } from "./helpers/forms";
import { dialog, guest, importRunningRoom, memberCheckbox, people } from "./helpers/people";
import { sandbox } from "./helpers/sandbox";
import { tabTo } from "./helpers/schedule-page";
import { expectNoSeriousA11yViolations } from "./helpers/support-page";

/**
 * Running a meeting from its page: simulated attendees in the sandbox, the People and Seats tabs acting on
 * them through confirmations, each write on record with its RequestId in the room's timeline.
 */

const ZONE = "Asia/Kolkata";
test.use({ timezoneId: ZONE });
test.describe.configure({ mode: "serial" });

const ROOM = uniqueId("hall");

test("30 attendees enter and the People tab shows them all within one refresh", async ({ page }) => {
  await importRunningRoom(page, ROOM);
  await expect(page.getByText("Nobody is in the room.")).toBeVisible();
  for (let i = 1; i <= 30; i++) expect((await people.enter(ROOM, guest(i), `Guest ${i}`)).status).toBe(201);
  // One refresh is 3 s; the assertion allows two so a slow machine is not a failure.
  await expect(page.getByText("30 members shown")).toBeVisible({ timeout: 6_000 });
  await expect(memberCheckbox(page, guest(30))).toBeVisible();
});

test("remove one with a reason: gone from the sandbox, audit row with RequestId in the timeline", async ({
  page,
}) => {
  await page.goto(`/meetings/${ROOM}`);
  await memberCheckbox(page, guest(1)).check();
  await page.getByRole("toolbar").getByRole("button", { name: "Remove" }).click();
  await expect(dialog(page)).toContainText(`This affects: ${guest(1)}`);
  await dialog(page).getByLabel("Reason").fill("Shouting over the speaker");
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  const status = page.getByRole("status").filter({ hasText: `Removed ${guest(1)}` });
  await expect(status).toBeVisible();
  const requestId = /RequestId (\S+)\./.exec((await status.innerText()) ?? "")?.[1] ?? "";
  expect(requestId).toMatch(/^Id-[0-9a-f]{32}-O-Seq-\d+$/);
  expect((await people.of(ROOM)).members.map((m) => m.Member_Account)).not.toContain(guest(1));
  const row = page.getByRole("row").filter({ hasText: "member.remove" });
  await expect(row).toContainText(requestId);
  await expect(row).toContainText("kick_user_out");
});

test("ban two for 10 minutes: they cannot re-enter, and the list says until when in the viewer's zone", async ({
  page,
}) => {
  await page.goto(`/meetings/${ROOM}`);
  await memberCheckbox(page, guest(2)).check();
  await memberCheckbox(page, guest(3)).check();
  await page.getByRole("toolbar").getByRole("button", { name: "Ban" }).click();
  await expect(dialog(page)).toContainText(`This affects: ${guest(2)}, ${guest(3)}`);
  await dialog(page).getByLabel("Reason").fill("Spam links");
  await expect(dialog(page).getByLabel("Ban for")).toHaveValue("10");
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Banned ${guest(2)}, ${guest(3)}` })).toBeVisible();

  expect((await people.enter(ROOM, guest(2))).status).toBe(403);
  expect((await people.enter(ROOM, guest(3))).status).toBe(403);
  const bans = (await people.of(ROOM)).bans;
  const until = bans.find((b) => b.Member_Account === guest(2))!.BannedUntil;
  expect(until - Math.floor(Date.now() / 1000)).toBeGreaterThan(9 * 60);
  const banned = page.getByRole("region", { name: "Banned" });
  await expect(banned).toContainText(`${guest(2)} until ${formatInZone(until, ZONE)}`);
  expect(formatInZone(until, ZONE)).toContain("UTC+05:30");
});

test("unban one; make a member the owner", async ({ page }) => {
  await page.goto(`/meetings/${ROOM}`);
  await page.getByRole("button", { name: `Unban ${guest(2)}` }).click();
  await expect(dialog(page)).toContainText(`This affects: ${guest(2)}`);
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  const banned = page.getByRole("region", { name: "Banned" });
  await expect(banned).not.toContainText(guest(2));
  await expect(banned).toContainText(guest(3));
  expect((await people.enter(ROOM, guest(2))).status).toBe(201);

  await memberCheckbox(page, guest(10)).check();
  await page.getByRole("toolbar").getByRole("button", { name: "Make owner" }).click();
  await expect(dialog(page)).toContainText(`This affects: ${guest(10)}`);
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${guest(10)} now owns the room` })).toBeVisible();
  const room = (await sandbox.rooms()).find((r) => r.RoomId === ROOM);
  expect(room?.Owner_Account).toBe(guest(10));
  await expect(page.getByRole("row").filter({ hasText: guest(10) })).toContainText("Owner");
});

test("21 selected for a ban are refused in the browser, with nothing sent", async ({ page }) => {
  await page.goto(`/meetings/${ROOM}`);
  await expect(memberCheckbox(page, guest(30))).toBeVisible();
  const before = (await sandbox.calls("ban_room_member")).length;
  for (let i = 4; i <= 24; i++) await memberCheckbox(page, guest(i)).check();
  await expect(page.getByText("21 selected")).toBeVisible();
  await page.getByRole("toolbar").getByRole("button", { name: "Ban" }).click();
  await dialog(page).getByLabel("Reason").fill("Too many");
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  await expect(dialog(page).getByRole("alert")).toContainText("At most 20 members at once; 21 are selected.");
  expect((await sandbox.calls("ban_room_member")).length).toBe(before);
});

test("seats: put a member on seat 3; locking an occupied seat frees its occupant", async ({ page }) => {
  await page.goto(`/meetings/${ROOM}`);
  await waitForHydration(page);
  await page.getByRole("tab", { name: "People" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Seats" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("button", { name: "Put a member on seat 3" }).click();
  await dialog(page).getByLabel("Member").selectOption(guest(5));
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  const seat3 = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Seat 3" }) });
  await expect(seat3).toContainText(guest(5));
  expect((await people.of(ROOM)).seats[3]?.Member_Account).toBe(guest(5));

  await seat3.getByRole("button", { name: "Lock seat 3" }).click();
  await expect(dialog(page)).toContainText(`${guest(5)} is on this seat and will be taken off it.`);
  await dialog(page).getByRole("button", { name: "Confirm" }).click();
  await expect(seat3).toContainText("Free");
  await expect(seat3).toContainText("Taking locked");
  expect((await people.of(ROOM)).seats[3]).toMatchObject({ Member_Account: "", IsTakenDisabled: true });
});

test("keyboard only on the People tab, and no serious axe violation on either tab", async ({ page }) => {
  await page.goto(`/meetings/${ROOM}`);
  await waitForHydration(page);
  await expect(memberCheckbox(page, guest(30))).toBeVisible();
  await expectNoSeriousA11yViolations(page, "people tab");
  await tabTo(page, memberCheckbox(page, guest(6)), 120);
  await page.keyboard.press("Space");
  await expect(memberCheckbox(page, guest(6))).toBeChecked();
  const editNameCard = page.getByRole("toolbar").getByRole("button", { name: "Edit name card" });
  await editNameCard.focus();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toContainText(`This affects: ${guest(6)}`);
  await page.keyboard.type("Speaker six");
  await expect(dialog(page).getByLabel("Name card")).toHaveValue("Speaker six");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("row").filter({ hasText: guest(6) })).toContainText("Speaker six");

  await page.getByRole("tab", { name: "People" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Seat 0" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "seats tab");
});

test("support sees both tabs without actions", async ({ signInAs }) => {
  const { page } = await signInAs(USERS.support.email, USERS.support.password);
  await page.goto(`/meetings/${ROOM}`);
  await expect(page.getByText(guest(30))).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(page.getByText("only administrators can act on them").first()).toBeVisible();
  await page.getByRole("tab", { name: "Seats" }).click();
  await expect(page.getByRole("heading", { name: "Seat 0" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Lock seat/ })).toHaveCount(0);
});
