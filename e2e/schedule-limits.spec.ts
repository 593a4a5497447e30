import { expect, test, type Locator, type Page } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import {
  chooseDuration,
  confirmationHeading,
  inviteeBox,
  openScheduleForm,
  openSection,
  pasteInto,
  roomIdBox,
  scheduleButton,
} from "./helpers/schedule-page";

test.use({ timezoneId: "Europe/Berlin" });

test.beforeEach(async () => {
  await sandbox.reset();
});

const ids = (count: number) => Array.from({ length: count }, (_, i) => `user_${i + 1}`);
const minutesBox = (page: Page) => page.getByRole("spinbutton", { name: "Custom duration in minutes" });
const customInfoBox = (page: Page) => page.getByRole("textbox", { name: "Custom info (optional)" });
const seatsBox = (page: Page) => page.getByRole("spinbutton", { name: "Max seats" });

async function leave(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.blur();
}

interface LimitCase {
  what: string;
  enter(page: Page): Promise<void>;
  /** The control that must be marked invalid and described by the message. */
  field(page: Page): Locator;
  message: RegExp;
}

const CASES: LimitCase[] = [
  {
    what: "a Room ID of 17 × 日 (51 bytes)",
    enter: (page) => leave(roomIdBox(page), "日".repeat(17)),
    field: roomIdBox,
    message: /Room ID is 51 bytes; the limit is 48\. Characters like 日 take 3 bytes\./,
  },
  {
    what: "a duration of 4 minutes",
    enter: (page) => chooseDuration(page, "Custom…", 4),
    field: minutesBox,
    message: /Duration must be at least 5 minutes/,
  },
  {
    what: "a duration of 24 h 1 min",
    enter: (page) => chooseDuration(page, "Custom…", 1441),
    field: minutesBox,
    message: /Duration can be at most 24 hours \(1440 minutes\)/,
  },
  {
    what: "301 distinct invitees, pasted",
    enter: (page) => pasteInto(inviteeBox(page), ids(301).join("\n")),
    field: inviteeBox,
    message: /At most 300 invitees; this list has 301/,
  },
  {
    what: "the invitee `bad id!`",
    enter: async (page) => {
      await inviteeBox(page).fill("bad id!");
      await inviteeBox(page).press("Enter");
    },
    field: inviteeBox,
    // Spaces separate IDs in the list, so "id!" is the entry that cannot be a UserID.
    message: /Invitee “id!” may use only letters, digits, _ and -/,
  },
  {
    what: "21 seats with a package limit of 20",
    enter: async (page) => {
      await openSection(page, "Seats");
      await page.getByRole("switch", { name: "Enable seats" }).check();
      await leave(seatsBox(page), "21");
    },
    field: seatsBox,
    message: /Seats: at most 20 \(your package limit\)/,
  },
  {
    what: "CustomInfo of 501 bytes",
    enter: async (page) => {
      await openSection(page, "Advanced");
      await leave(customInfoBox(page), "é".repeat(250) + "x");
    },
    field: customInfoBox,
    message: /Custom info is 501 bytes; the limit is 500\. Characters like é take 2 bytes\./,
  },
  {
    what: "a start in the past",
    enter: (page) => leave(page.getByLabel("Date", { exact: true }), "2020-01-06"),
    field: (page) => page.getByLabel("Start time", { exact: true }),
    message: /The start \(2020-01-06 \d\d:\d\d, Europe\/Berlin\) is in the past/,
  },
  {
    what: "a start skipped by the DST change (02:30 in Berlin on 2027-03-28)",
    enter: async (page) => {
      await leave(page.getByLabel("Date", { exact: true }), "2027-03-28");
      await leave(page.getByLabel("Start time", { exact: true }), "02:30");
    },
    field: (page) => page.getByLabel("Start time", { exact: true }),
    message: /02:30 does not exist in Europe\/Berlin on 2027-03-28: clocks jump from 02:00 to 03:00/,
  },
];

for (const c of CASES) {
  test(`${c.what} is refused inline before submit, and nothing is sent`, async ({ page }) => {
    const actionPosts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actionPosts.push(r.url());
    });
    await openScheduleForm(page);
    await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill("Limits");
    await c.enter(page);

    const field = c.field(page);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(c.message);

    await scheduleButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "before scheduling" })).toContainText(c.message);
    await expect(confirmationHeading(page)).toHaveCount(0);
    expect(actionPosts).toEqual([]);
    expect(await sandbox.calls()).toEqual([]);
  });
}

test("every limit itself is accepted: 48-byte ID, 100-byte name, 300 invitees, 24 h, 20 seats, 500-byte info", async ({
  page,
}) => {
  const roomId = `lim-${Date.now().toString(36)}`.padEnd(48, "x");
  const name = "名".repeat(33) + "!";
  await openScheduleForm(page);
  await leave(page.getByRole("textbox", { name: "Meeting name (optional)" }), name);
  await leave(roomIdBox(page), roomId);
  await expect(page.getByText("48 / 48 bytes")).toBeVisible();
  await expect(page.getByText("100 / 100 bytes")).toBeVisible();
  await chooseDuration(page, "Custom…", 5);
  await expect(minutesBox(page)).not.toHaveAttribute("aria-invalid");
  await chooseDuration(page, "Custom…", 1440);
  await pasteInto(inviteeBox(page), ids(300).join(", "));
  await expect(page.getByText("300 / 300", { exact: true })).toBeVisible();
  await openSection(page, "Seats");
  await page.getByRole("switch", { name: "Enable seats" }).check();
  await leave(seatsBox(page), "20");
  await openSection(page, "Advanced");
  await leave(customInfoBox(page), "é".repeat(250));
  await expect(page.getByText("500 / 500 bytes")).toBeVisible();

  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();
  const [room] = await sandbox.rooms();
  expect(room).toMatchObject({
    RoomId: roomId,
    RoomName: name,
    MaxSeatCount: 20,
    CustomInfo: "é".repeat(250),
  });
  expect(room!.ScheduleEndTime - room!.ScheduleStartTime).toBe(24 * 3600);
  expect(room!.ScheduleInviteeList_Account).toEqual(ids(300));
});
