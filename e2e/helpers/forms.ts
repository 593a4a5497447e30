import { expect, type Locator, type Page } from "@playwright/test";

/** Every server-action POST the page sends from now on: an empty list means nothing reached the server. */
export function recordActionPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) posts.push(r.url());
  });
  return posts;
}

/**
 * The field says it is invalid, and one of the elements its aria-describedby names is on screen
 * holding exactly `message`: what a screen reader announces is what a sighted user reads beside it.
 */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const page = field.page();
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  const holder = ids[texts.indexOf(message)];
  expect(holder, `aria-describedby="${ids.join(" ")}" names an element saying "${message}"`).toBeDefined();
  await expect(page.locator(`[id="${holder}"]`)).toBeVisible();
}

/**
 * Waits until React has hydrated the page: before that a form is plain HTML, and pressing its button
 * would send the browser's own GET instead of running the form's checks. The body gets its fiber once
 * the whole tree below it has been rendered, and two frames later the commit is through.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const hydrated = () => Object.keys(document.body).some((k) => k.startsWith("__reactFiber$"));
        const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
        const check = () => (hydrated() ? settle() : requestAnimationFrame(check));
        check();
      }),
  );
}
