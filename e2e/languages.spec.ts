import { expect, test, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { STORAGE, USERS } from "./auth-users";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";
import { expectNoSeriousA11yViolations } from "./helpers/support-page";

test.beforeEach(async () => {
  await sandbox.reset();
});

const ROOM_ID_49 = "a".repeat(49);
// Unique per run: the meetings index outlives the sandbox reset.
const JA_ROOM = `ja-sync-${Date.now().toString(36)}`;

async function contextFor(
  browser: Browser,
  opts: { locale: string; timezoneId?: string; storageState?: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: opts.locale,
    timezoneId: opts.timezoneId,
    storageState: opts.storageState ?? { cookies: [], origins: [] },
  });
  return { context, page: await context.newPage() };
}

/** The schedule form in Japanese, once React has taken over (the date is filled only in the browser). */
async function openJapaneseForm(page: Page) {
  await page.goto("/schedule");
  await expect(page.getByLabel("日付", { exact: true })).not.toHaveValue("");
}

test("a Japanese browser in Tokyo signs in and schedules a meeting entirely in Japanese; a Chinese support user finds it", async ({
  browser,
}) => {
  const ja = await contextFor(browser, { locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const page = ja.page;

  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { name: "サインイン" })).toBeVisible();
  await page.getByLabel("メールアドレス").fill(USERS.admin.email);
  await page.getByLabel("パスワード").fill(USERS.admin.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByRole("navigation", { name: "メイン" })).toBeVisible();

  await openJapaneseForm(page);
  await expect(page.getByRole("heading", { name: "会議を予約", level: 1 })).toBeVisible();
  await expect(page.getByRole("group", { name: "基本情報" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "タイムゾーン" })).toHaveValue("Asia/Tokyo");

  // 49 bytes: the inline error, and the counter in characters and bytes, both in Japanese.
  const roomId = page.getByRole("textbox", { name: "ルームID", exact: true });
  await roomId.fill(ROOM_ID_49);
  await roomId.blur();
  await expect(roomId).toHaveAttribute("aria-invalid", "true");
  await expect(roomId).toHaveAccessibleDescription(/ルームIDは49バイトです。上限は48バイトです。/);
  await expect(page.getByText("49文字 · 49/48バイト")).toBeVisible();

  // Characters that cost more are named: 日 takes three bytes.
  const name = page.getByRole("textbox", { name: /^会議名/ });
  await name.fill("週次定例");
  await expect(page.getByText("4文字 · 12/100バイト")).toBeVisible();

  // A fixed day ahead, so the meeting is still upcoming when the support user looks.
  await page.getByLabel("日付", { exact: true }).fill("2030-06-03");
  await page.getByLabel("開始時刻", { exact: true }).fill("10:00");
  await roomId.fill(JA_ROOM);
  await roomId.blur();
  await expect(roomId).not.toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, "the Japanese schedule form");

  await page.getByRole("button", { name: "予約する", exact: true }).click();
  await expect(page.getByRole("heading", { name: "会議を予約しました" })).toBeVisible();
  await expect(page.getByTestId("confirmation-room-id")).toHaveText(JA_ROOM);
  // The date in Japanese form, with the weekday in Japanese.
  await expect(page.getByText("2030年6月3日(月) 10:00 (UTC+09:00)").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "続けて予約" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the Japanese confirmation");
  await ja.context.close();

  const zh = await contextFor(browser, {
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    storageState: STORAGE.support,
  });
  await zh.page.goto(`/meetings?q=${JA_ROOM}`);
  await expect(zh.page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(zh.page.getByRole("heading", { name: "会议", level: 1 })).toBeVisible();
  await expect(zh.page.getByRole("link", { name: "週次定例" })).toHaveAttribute(
    "href",
    `/meetings/${JA_ROOM}`,
  );
  await expect(
    zh.page.getByRole("listitem").filter({ hasText: JA_ROOM }).getByText("即将开始"),
  ).toBeVisible();
  await expect(
    zh.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "客服" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, "the Chinese meetings list");

  await zh.page.getByRole("link", { name: "週次定例" }).click();
  await expect(zh.page).toHaveURL(new RegExp(`/meetings/${JA_ROOM}$`));
  await expect(zh.page.getByRole("heading", { name: "Roomdesk 中保存的信息" })).toBeVisible();
  await expect(zh.page.getByText(/2030年6月3日周一/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, "the Chinese meeting page");

  await zh.page.goto("/support");
  await expect(zh.page.getByRole("heading", { name: "客服", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, "the Chinese support console");
  await zh.context.close();
});

test("the language chosen in the header is kept after signing out and in again", async ({ browser }) => {
  const { context, page } = await contextFor(browser, { locale: "en-US" });
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Email").fill(USERS.admin.email);
  await page.getByLabel("Password").fill(USERS.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.getByTestId("locale-switch").selectOption("ja");
  await expect(page.getByRole("navigation", { name: "メイン" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  await page.getByRole("button", { name: "サインアウト" }).click();
  await expect(page.getByRole("heading", { name: "サインイン" })).toBeVisible();
  await page.getByLabel("メールアドレス").fill(USERS.admin.email);
  await page.getByLabel("パスワード").fill(USERS.admin.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(
    page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "予約" }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  await page.getByTestId("locale-switch").selectOption("zh-Hans");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.getByTestId("locale-switch").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await context.close();
});

test("the server's message for a hand-made post comes back in the caller's locale", async ({
  page,
  context,
}) => {
  const posts: Request[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) posts.push(r);
  });
  await page.goto("/schedule");
  await expect(page.getByLabel("Date", { exact: true })).not.toHaveValue("");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Meeting scheduled" })).toBeVisible();
  const actionId = posts[0]!.headers()["next-action"]!;
  const browserInput = (JSON.parse(posts[0]!.postData()!) as Record<string, unknown>[])[0]!;

  const post = async (headers: Record<string, string>) => {
    const response = await page.request.post("/schedule", {
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: appUrl,
        ...headers,
      },
      data: JSON.stringify([{ ...browserInput, roomId: ROOM_ID_49, intentId: undefined }]),
    });
    return response.text();
  };

  expect(await post({ "accept-language": "zh-CN,zh;q=0.9" })).toContain(
    "房间 ID为 49 字节，上限为 48 字节。",
  );
  expect(await post({ "accept-language": "ja-JP" })).toContain(
    "ルームIDは49バイトです。上限は48バイトです。",
  );
  expect(await post({ "accept-language": "fr-FR" })).toContain("Room ID is 49 bytes; the limit is 48.");
  // The saved choice wins over the browser's languages.
  await context.addCookies([{ name: "roomdesk-locale", value: "ja", url: appUrl }]);
  expect(await post({ "accept-language": "zh-CN" })).toContain(
    "ルームIDは49バイトです。上限は48バイトです。",
  );
  expect(await sandbox.calls("create_room")).toHaveLength(1);
});
