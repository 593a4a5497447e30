import { expect, test } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import {
  confirmationHeading,
  inviteeBox,
  openScheduleForm,
  roomIdBox,
  scheduleButton,
  sectionSummary,
  tabTo,
} from "./helpers/schedule-page";

test.use({ timezoneId: "Asia/Tokyo", permissions: ["clipboard-read", "clipboard-write"] });

test.beforeEach(async () => {
  await sandbox.reset();
});

test("the whole happy path works with the keyboard alone", async ({ page }) => {
  // Some hundred key presses through every section, then a real create: a long walk on a busy machine.
  test.slow();
  const roomId = `kb-${Date.now().toString(36)}`;
  await openScheduleForm(page);
  const { keyboard } = page;

  await tabTo(page, page.getByRole("textbox", { name: "Meeting name (optional)" }));
  await keyboard.type("Keyboard standup");
  await tabTo(page, roomIdBox(page));
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type(roomId);

  // Chromium's date field takes digits segment by segment (en-US: month, day, year); the start time is
  // typed as people write it and reads 24-hour once left.
  await tabTo(page, page.getByLabel("Date", { exact: true }));
  await keyboard.type("06152027");
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2027-06-15");
  await tabTo(page, page.getByLabel("Start time", { exact: true }));
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type("930");
  await keyboard.press("Tab");
  await expect(page.getByLabel("Start time", { exact: true })).toHaveValue("09:30");

  const duration = page.getByRole("combobox", { name: "Duration", exact: true });
  await tabTo(page, duration);
  await keyboard.press("ArrowDown"); // 45 min
  await keyboard.press("ArrowDown"); // 1 h
  await expect(duration).toHaveValue("60");

  const zone = page.getByRole("combobox", { name: "Time zone" });
  await tabTo(page, zone);
  await keyboard.type("london");
  await expect(zone).toHaveAttribute("aria-expanded", "true");
  await keyboard.press("ArrowDown");
  await keyboard.press("ArrowUp");
  await expect(page.getByRole("option", { name: "Europe/London — UTC+01:00" })).toBeVisible();
  await keyboard.press("Enter");
  await expect(zone).toHaveValue("Europe/London");
  await expect(zone).toHaveAttribute("aria-expanded", "false");

  await tabTo(page, inviteeBox(page));
  await keyboard.type("alice, bob");
  await keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Remove bob" }));
  await keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove bob" })).toHaveCount(0);
  await expect(inviteeBox(page)).toBeFocused();

  // Collapsed sections open from their summary with Enter, as any disclosure does.
  await tabTo(page, sectionSummary(page, "Room settings"));
  await keyboard.press("Enter");
  await tabTo(page, page.getByRole("switch", { name: "Disable video for all" }));
  await keyboard.press("Space");
  await tabTo(page, sectionSummary(page, "Seats"));
  await keyboard.press("Enter");
  await tabTo(page, page.getByRole("switch", { name: "Enable seats" }));
  await keyboard.press("Space");
  await tabTo(page, page.getByRole("spinbutton", { name: "Max seats" }));
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type("6");
  await tabTo(page, page.getByRole("radio", { name: "Apply to take" }));
  await keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Free to take" })).toBeChecked();
  await expect(sectionSummary(page, "Seats")).toContainText("6 seats · Free to take");

  await tabTo(page, sectionSummary(page, "Advanced"));
  await keyboard.press("Enter");
  await tabTo(page, page.getByRole("textbox", { name: "Owner UserID (optional)" }));
  await keyboard.type("kb_owner");

  await tabTo(page, scheduleButton(page));
  await keyboard.press("Enter");

  await expect(confirmationHeading(page)).toBeFocused();
  const [call] = await sandbox.calls("create_room");
  const start = Date.UTC(2027, 5, 15, 8, 30) / 1000; // 09:30 BST
  expect(call!.body).toStrictEqual({
    RoomInfo: {
      RoomId: roomId,
      RoomName: "Keyboard standup",
      RoomType: "Conference",
      Owner_Account: "kb_owner",
      ScheduleStartTime: start,
      ScheduleEndTime: start + 3600,
      IsVideoDisabled: true,
      IsSeatEnabled: true,
      MaxSeatCount: 6,
      TakeSeatMode: "FreeToTake",
    },
    ScheduleInviteeList_Account: ["alice"],
  });

  await tabTo(page, page.getByRole("button", { name: "Copy RequestId" }));
  await keyboard.press("Enter");
  await expect(page.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(call!.requestId);

  await tabTo(page, page.getByRole("button", { name: "Schedule another" }));
  await keyboard.press("Space");
  await expect(page.getByRole("textbox", { name: "Meeting name (optional)" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Meeting name (optional)" })).toHaveValue("");
  await expect(roomIdBox(page)).not.toHaveValue(roomId);
  await expect(roomIdBox(page)).toHaveValue(/^rd-[a-z0-9]{10}$/);
});
