import { STORAGE } from "./auth-users";
import { expect, NO_LOGIN, test } from "./fixtures";

/**
 * The answers a page gives before any of it is drawn: a page with a loading screen must still say 404,
 * 403 or "sign in first" in its status line, not 200 with the refusal streamed in later.
 */

// Roomdesk's meeting index outlives a run: a Room ID of this run is in it for no earlier one.
const run = Date.now().toString(36);

const ADMIN_PAGES = ["/users", "/accounts", "/callbacks", "/schedule", "/bulk", "/bulk/jobs/1"];
const SUPPORT_PAGES = ["/", "/meetings", "/meetings/series/1", "/support", "/support/1", "/support/events/1"];

test("an unknown meeting and its edit page both answer 404 and offer to import the Room ID", async ({
  page,
}) => {
  const roomId = `nowhere-${run}`;
  for (const path of [`/meetings/${roomId}`, `/meetings/${roomId}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "No such meeting" })).toBeVisible();
    await expect(page.getByText(`Roomdesk has no meeting with Room ID ${roomId}.`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Import this Room ID" })).toHaveAttribute(
      "href",
      `/meetings?import=${roomId}`,
    );
  }
});

test("a support user opening an administrator's page is answered 403 Not allowed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: STORAGE.support });
  const page = await context.newPage();
  for (const path of [...ADMIN_PAGES, `/meetings/nowhere-${run}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await context.close();
});

test("a signed-out visit to any dashboard page is sent to sign in, with the way back", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: NO_LOGIN });
  for (const path of [...SUPPORT_PAGES, ...ADMIN_PAGES, `/meetings/nowhere-${run}`]) {
    const response = await context.request.get(path, { maxRedirects: 0 });
    const back = path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`;
    expect([response.status(), response.headers()["location"]], path).toEqual([307, back]);
  }
  await context.close();
});
