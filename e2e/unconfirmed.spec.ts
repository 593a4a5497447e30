import { expect, test } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, roomIdBox, scheduleButton } from "./helpers/schedule-page";

const run = Date.now().toString(36);

test.beforeEach(async () => {
  await sandbox.reset();
});

test("a lost create answer and failing checks end, without resubmitting, with the meeting confirmed and listed", async ({
  page,
}) => {
  const roomId = `lost-${run}`;
  // Tencent creates the room but the answer is lost, and then every check fails for a while.
  await sandbox.injectFault({ command: "create_room", kind: "createThenDrop" });
  await sandbox.injectFault({ command: "get_room_info", kind: "http502", times: 4 });
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill("Lost answer");
  await roomIdBox(page).fill(roomId);
  await scheduleButton(page).click();

  const waiting = page.getByRole("status").filter({ hasText: "Tencent has not confirmed this meeting yet" });
  await expect(waiting).toBeVisible();
  await expect(waiting).toContainText(`did not confirm whether room ${roomId} was created`);
  await expect(waiting).toContainText("Roomdesk keeps checking");
  await expect(page.getByText("The meeting was not scheduled")).toHaveCount(0);

  // The reconciler settles it on its own; the page, still open, says so.
  await expect(confirmationHeading(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Roomdesk asked Tencent and confirmed the room is this meeting")).toBeVisible();
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(roomId);

  await page.goto(`/meetings?q=${roomId}`);
  await expect(page.getByRole("link", { name: /Lost answer/ })).toBeVisible();
  expect((await sandbox.rooms()).filter((r) => r.RoomId === roomId)).toHaveLength(1);
  const creates = await sandbox.calls("create_room");
  expect(creates.filter((c) => c.errorCode === 0 || c.fault === "createThenDrop")).toHaveLength(1);
});

test("a Room ID the admin account already owns is refused on the field with 100010, and offers to open or import it", async ({
  page,
}) => {
  const roomId = `owned-${run}`;
  await sandbox.createRoom({ RoomId: roomId, RoomName: "Made in the console" });
  await openScheduleForm(page);
  await roomIdBox(page).fill(roomId);
  await scheduleButton(page).click();
  const alert = page.getByRole("alert").filter({ hasText: "The meeting was not scheduled" });
  await expect(alert).toContainText("100010");
  await expect(roomIdBox(page)).toHaveAccessibleDescription(/admin account owns: open or import it/);
  await alert.getByRole("link", { name: "Import it into Roomdesk" }).click();
  await expect(page.getByRole("textbox", { name: "Room ID" })).toHaveValue(roomId);
});
