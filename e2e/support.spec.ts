import fs from "node:fs";
import { type Page } from "@playwright/test";
import { STORAGE } from "./auth-users";
import { E2E } from "./env";
import { uniqueId } from "./factories";
import { expect, test as base } from "./fixtures";
import { sandbox } from "./helpers/sandbox";
import {
  confirmationHeading,
  openScheduleForm,
  roomIdBox,
  scheduleButton,
  tabTo,
} from "./helpers/schedule-page";
import {
  expectNoSeriousA11yViolations,
  searchBox,
  tableRequestIds,
  waitForResults,
} from "./helpers/support-page";

interface Story {
  story: { roomId: string; requestId: string };
  conflict: { roomId: string; requestId: string };
}

async function schedule(page: Page, roomId: string, name: string) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill(name);
  await roomIdBox(page).fill(roomId);
  await scheduleButton(page).click();
}

/**
 * What the support console is asked about: a meeting an admin scheduled, and one refused because its
 * RoomId was taken. Made once per worker, so each test below stands on its own.
 */
const test = base.extend<object, { supportStory: Story }>({
  supportStory: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({ storageState: STORAGE.admin, timezoneId: "Asia/Kolkata" });
      const page = await context.newPage();
      const story = { roomId: uniqueId("sup-ok"), requestId: "" };
      const conflict = { roomId: uniqueId("sup-taken"), requestId: "" };
      await schedule(page, story.roomId, "Support story");
      await expect(confirmationHeading(page)).toBeVisible();
      story.requestId = await page.getByTestId("confirmation-request-id").innerText();

      // Stored through the sandbox's control endpoint, as another tool would have: not a create_room,
      // so Tencent's 1 s rule (100012) does not apply and the answer is 100003 at once.
      await sandbox.createRoom({
        RoomId: conflict.roomId,
        RoomName: "Someone else's room",
        Owner_Account: "someone-else",
      });
      await schedule(page, conflict.roomId, "Clashing meeting");
      await expect(page.getByRole("alert").filter({ hasText: "100003" })).toBeVisible();
      const refused = (await sandbox.calls("create_room")).find(
        (c) => (c.body as { RoomInfo?: { RoomId?: string } } | null)?.RoomInfo?.RoomId === conflict.roomId,
      );
      conflict.requestId = refused?.requestId ?? "";
      await context.close();
      await provide({ story, conflict });
    },
    { scope: "worker" },
  ],
});

test.use({ timezoneId: "Asia/Kolkata", permissions: ["clipboard-read", "clipboard-write"] });

test("an admin schedules a meeting, and a second one whose RoomId is already taken", async ({
  supportStory: { story, conflict },
}) => {
  expect(story.requestId).toMatch(/^Id-[0-9a-f]{32}-O-Seq-\d+$/);
  const calls = await sandbox.calls("create_room");
  const ofConflict = calls.filter(
    (c) => (c.body as { RoomInfo?: { RoomId?: string } } | null)?.RoomInfo?.RoomId === conflict.roomId,
  );
  expect(ofConflict.map((c) => [c.errorCode, c.requestId])).toEqual([[100003, conflict.requestId]]);
});

test.describe("as support", () => {
  test.use({ storageState: STORAGE.support });

  test("a pasted RequestId (quotes, trailing space) finds the call; its request and response show no secret", async ({
    page,
    supportStory: { story },
  }) => {
    await page.goto("/support");
    await searchBox(page).fill(`"${story.requestId}" `);
    await expect(page.getByText(`Reads as: RequestId ${story.requestId}`)).toBeVisible();
    await searchBox(page).press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]q=${story.requestId}`));
    await waitForResults(page);
    expect(await tableRequestIds(page)).toEqual([story.requestId]);

    await page.getByRole("link", { name: story.requestId }).click();
    await expect(page.getByTestId("detail-request-id")).toHaveText(story.requestId);
    await expect(page.getByTestId("request-body")).toContainText(`"RoomId": "${story.roomId}"`);
    await expect(page.getByTestId("response-body")).toContainText(`"RequestId": "${story.requestId}"`);
    await expect(page.getByTestId("response-body")).toContainText('"ActionStatus": "OK"');
    const text = await page.locator("body").innerText();
    const html = await page.content();
    for (const sink of [text, html]) {
      expect(sink).not.toContain(E2E.secretKey);
      expect(sink.toLowerCase()).not.toContain("usersig=");
    }

    await page.getByRole("button", { name: "Copy for a Tencent ticket" }).click();
    await expect(page.getByText("Copied to the clipboard")).toBeVisible();
    const ticket = await page.evaluate(() => navigator.clipboard.readText());
    expect(ticket).toContain(`RequestId: ${story.requestId}`);
    expect(ticket).toContain(`SDKAppID: ${E2E.sdkAppId}`);
    expect(ticket).toMatch(/Region: \w+/);
    expect(ticket).toContain("Command: create_room");
    expect(ticket).toMatch(/Time \(UTC\): \d{4}-\d{2}-\d{2}T[\d:.]+Z/);
    expect(ticket).not.toContain(E2E.secretKey);
  });

  test("a RequestId typed in capitals, whole or as a prefix, finds the same call", async ({
    page,
    supportStory: { story },
  }) => {
    const shouted = story.requestId.toUpperCase();
    await page.goto(`/support?q=${encodeURIComponent(shouted)}`);
    await waitForResults(page);
    expect(await tableRequestIds(page)).toEqual([story.requestId]);
    await page.goto(`/support?q=${encodeURIComponent(shouted.slice(0, 20))}`);
    await waitForResults(page);
    expect(await tableRequestIds(page)).toContain(story.requestId);
  });

  test("a 100003 failure shows what it means and what to do", async ({
    page,
    supportStory: { conflict },
  }) => {
    await page.goto(`/support?q=${encodeURIComponent(conflict.requestId)}`);
    await waitForResults(page);
    const row = page.getByTestId("support-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("A room with this ID already exists.");
    await expect(row).toContainText("failed");
    await row.getByRole("link", { name: conflict.requestId }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "ErrorCode 100003: A room with this ID already exists." }),
    ).toContainText("Use another room ID or open the existing room.");
    await expect(page.getByTestId("response-body")).toContainText('"ErrorCode": 100003');
    await expect(page.getByTestId("room-timeline")).toHaveCount(0);
  });

  test("filters live in the URL: a shared link shows the same rows, and the CSV holds exactly them", async ({
    page,
    context,
    supportStory: { story, conflict },
  }) => {
    await page.goto("/support");
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel("Action", { exact: true }).selectOption("room.create");
    await page.getByLabel("Outcome", { exact: true }).selectOption("failed");
    await page.getByLabel("ErrorCode", { exact: true }).fill("100003");
    await page.getByLabel("From (UTC day)").fill(today);
    await page.getByLabel("To (UTC day)").fill(today);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/action=room\.create&outcome=failed&code=100003&from=\d{4}-\d{2}-\d{2}&to=/);
    await waitForResults(page);
    const shown = await tableRequestIds(page);
    expect(shown).toContain(conflict.requestId);
    expect(shown).not.toContain(story.requestId);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await waitForResults(shared);
    expect(await tableRequestIds(shared)).toEqual(shown);
    await expect(shared.getByLabel("ErrorCode", { exact: true })).toHaveValue("100003");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    const csv = fs
      .readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    const header = csv[0]!.split(",");
    const col = header.indexOf("request_id");
    expect(csv.slice(1).map((line) => line.split(",")[col])).toEqual(shown);
    const viaRequest = await page.request.get(
      (await page.getByRole("link", { name: "Export CSV" }).getAttribute("href")) ?? "",
    );
    expect((await viaRequest.text()).trimEnd().split("\r\n")).toHaveLength(shown.length + 1);
  });

  test("the console's own lookups are recorded, and shown only when asked for", async ({
    page,
    supportStory: { story },
  }) => {
    await page.goto(`/support?q=${encodeURIComponent(story.requestId)}`);
    await waitForResults(page);
    await page.goto("/support?action=support.lookup");
    await waitForResults(page);
    await expect(page.getByTestId("support-row").first()).toContainText("support.lookup");
    await page.goto("/support");
    await waitForResults(page);
    await expect(page.getByTestId("support-row").filter({ hasText: "support." })).toHaveCount(0);
  });

  test("a one-row lookup answers uncompressed, a page of rows compressed", async ({
    page,
    supportStory: { story },
  }) => {
    const gzip = { headers: { "accept-encoding": "gzip" } };
    const one = await page.request.get(`/api/support/search?q=${encodeURIComponent(story.requestId)}`, gzip);
    expect(one.status()).toBe(200);
    expect(one.headers()["content-encoding"]).toBeUndefined();
    expect(one.headers()["cache-control"]).toBe("no-store, no-transform");
    expect(((await one.json()) as { items: { requestId: string }[] }).items.map((c) => c.requestId)).toEqual([
      story.requestId,
    ]);
    const many = await page.request.get("/api/support/search?limit=50", gzip);
    expect(many.status()).toBe(200);
    expect(((await many.json()) as { items: unknown[] }).items.length).toBeGreaterThan(3);
    expect(many.headers()["content-encoding"]).toBe("gzip");
  });

  test("the whole flow works with the keyboard alone", async ({ page, supportStory: { story } }) => {
    await page.goto("/support");
    await tabTo(page, searchBox(page));
    await page.keyboard.type(` ${story.requestId}  `);
    await page.keyboard.press("Enter");
    await waitForResults(page);
    const link = page.getByRole("link", { name: story.requestId });
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("detail-request-id")).toHaveText(story.requestId);
    await tabTo(page, page.getByRole("button", { name: "Copy for a Tencent ticket" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Copied to the clipboard")).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Copy response json" }));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('"ActionStatus": "OK"');
    await tabTo(page, page.getByRole("link", { name: "← Back to results" }), 80);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/support\\?q=${story.requestId}$`));
    await expect(searchBox(page)).toHaveValue(story.requestId);
  });

  test.describe("accessibility", () => {
    // axe is injected as an inline script, which the app's CSP (rightly) refuses.
    test.use({ bypassCSP: true });

    test("axe finds no serious or critical violation on search, results and detail", async ({
      page,
      supportStory: { conflict },
    }) => {
      await page.goto("/support");
      await waitForResults(page);
      await expectNoSeriousA11yViolations(page, "search");
      await page.goto(`/support?q=${encodeURIComponent(conflict.requestId)}`);
      await waitForResults(page);
      await expectNoSeriousA11yViolations(page, "results");
      await page.getByTestId("support-row").getByRole("link", { name: conflict.requestId }).click();
      await expect(page.getByTestId("response-body")).toBeVisible();
      await expectNoSeriousA11yViolations(page, "detail");
    });
  });
});
