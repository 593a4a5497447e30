import { formatLocalInstant } from "../lib/time";
import { uniqueId } from "./factories";
import { expect, test } from "./fixtures";
import { ALL_CALLBACKS, CALLBACK_URL, callbacks, trtcCall } from "./helpers/callbacks";
import { importRunningRoom } from "./helpers/people";

/**
 * Tencent's callbacks end to end: the sandbox posts them to Roomdesk's receiver as Tencent would, and
 * what they tell shows on the meeting page, in the support console and in Meetings.
 */

const ZONE = "Asia/Kolkata";
test.use({ timezoneId: ZONE });
test.describe.configure({ mode: "serial" });

const ROOM = uniqueId("standup");

test.afterAll(async () => {
  // Later specs run without callbacks, as before this one.
  await trtcCall("delete_callback", {});
});

test("an administrator registers the callback URL in the browser, and the sandbox holds it", async ({
  page,
}) => {
  await page.goto("/callbacks");
  await expect(page.getByTestId("expected-url")).toHaveText(CALLBACK_URL);
  await page.getByRole("button", { name: "Use this URL" }).click();
  await expect(page.getByLabel("Callback URL")).toHaveValue(CALLBACK_URL);
  // Plain http on a loopback address: said before anything is sent.
  await expect(page.getByText("Not https")).toBeVisible();
  await expect(page.getByText("not reachable from the internet")).toBeVisible();
  for (const name of ALL_CALLBACKS)
    await page.getByRole("checkbox", { name: new RegExp(name.replace(".", "\\.")) }).check();
  await page.getByRole("button", { name: "Save registration" }).click();
  // The page has read the new registration back, and the confirmation is still there to read.
  await expect(page.getByTestId("current-config")).toContainText(CALLBACK_URL);
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const held = (await trtcCall("get_callback", {})) as unknown as {
    Response: { Url: string; CallbackCommandList: string[] };
  };
  expect(held.Response.Url).toBe(CALLBACK_URL);
  expect([...held.Response.CallbackCommandList].sort()).toEqual([...ALL_CALLBACKS].sort());
  await expect(page.getByTestId("current-config")).toContainText(CALLBACK_URL);
});

test("alice enters and leaves: the timeline and attendance show it, in the viewer's zone", async ({
  page,
}) => {
  await importRunningRoom(page, ROOM);
  const leftAt = Date.now() - 60_000;
  const enteredAt = leftAt - 25 * 60_000;
  // Sent in the wrong order on purpose: what the page shows follows Tencent's EventTime.
  expect((await callbacks.enter(ROOM, "alice", enteredAt)).status).toBe(201);
  expect((await callbacks.leave(ROOM, "alice", leftAt)).status).toBe(200);

  const attendance = page.getByRole("region", { name: "Attendance" });
  const row = attendance.getByRole("row").filter({ hasText: "alice" });
  await expect(row).toContainText("25 minutes", { timeout: 10_000 });
  await expect(row).toContainText(formatLocalInstant(new Date(enteredAt).toISOString(), ZONE, "en"));
  await expect(row).toContainText(formatLocalInstant(new Date(leftAt).toISOString(), ZONE, "en"));
  await expect(row).toContainText("own choice");
  expect(formatLocalInstant(new Date(leftAt).toISOString(), ZONE, "en")).toContain("GMT+5:30");

  const timeline = page.getByRole("region", { name: "Audit timeline" });
  const tencentRows = timeline.locator('tr[data-source="tencent"]');
  await expect(tencentRows.filter({ hasText: "Entered" })).toContainText("alice");
  await expect(tencentRows.filter({ hasText: "Left (own choice)" })).toContainText("alice");
  // Roomdesk's own call is in the same list.
  await expect(timeline.locator('tr[data-source="roomdesk"]').filter({ hasText: "room.import" })).toHaveCount(
    1,
  );

  const download = page.waitForEvent("download");
  await attendance.getByRole("link", { name: "Download attendance (CSV)" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of csv) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.split("\r\n")[0]).toBe(
    "account,first_entered_at,last_left_at,left_because,present,minutes,stays",
  );
  expect(text).toContain(
    `alice,${new Date(enteredAt).toISOString()},${new Date(leftAt).toISOString()},Leave,no,25,1`,
  );
});

test("support finds alice in that room", async ({ page }) => {
  await page.goto(`/support?eroom=${ROOM}&eaccount=alice`);
  const rows = page.getByTestId("event-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Left (own choice)");
  await expect(rows.last()).toContainText("Entered");
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Left (own choice)");
  await expect(page.getByText("Room.CallbackAfterMemberLeave").first()).toBeVisible();
});

test("a room created in the app appears as not scheduled in Roomdesk, with Import", async ({ page }) => {
  const roomId = uniqueId("client");
  const now = Math.floor(Date.now() / 1000);
  const created = await callbacks.clientRoom({
    RoomId: roomId,
    RoomName: `Huddle ${roomId}`,
    Owner_Account: "dora",
    ScheduleStartTime: now - 60,
    ScheduleEndTime: now + 3600,
  });
  expect(created.status).toBe(201);
  await page.goto("/meetings");
  const panel = page.getByRole("region", { name: "Rooms not scheduled in Roomdesk" });
  const item = panel.locator(`li[data-room-id="${roomId}"]`);
  await expect(item).toContainText("Not scheduled in Roomdesk", { timeout: 10_000 });
  await expect(item).toContainText("Owner dora");
  await item.getByRole("link", { name: "Import" }).click();
  await expect(page.getByLabel("Room ID", { exact: true })).toHaveValue(roomId);
  await page.getByRole("button", { name: "Import room" }).click();
  await page.waitForURL(new RegExp(`/meetings/${roomId}$`));
  await page.goto("/meetings");
  await expect(page.locator(`li[data-room-id="${roomId}"]`)).toHaveCount(0);
});
