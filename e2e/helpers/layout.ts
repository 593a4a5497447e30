import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 } as const;
export const DESK = { width: 1440, height: 900 } as const;

/** The page does not pan sideways: nothing is wider than the screen (a wide table scrolls in its own box). */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // The widest offenders, to say what to fix when this fails.
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((el) => !el.closest("[role=group][tabindex]"))
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`),
  }));
  expect(
    widths.scroll,
    `${where}: scrollWidth ${widths.scroll} > ${widths.inner}; ${widths.wide.join(", ")}`,
  ).toBeLessThanOrEqual(widths.inner);
}

/**
 * Every visible control in <main> lies within the screen's width, so a finger can reach it without
 * panning; controls inside a table's own scroll box are reached by scrolling that box.
 */
export async function expectControlsOnScreen(page: Page, where: string): Promise<void> {
  const outside = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "main a, main button, main input, main select, main textarea, main summary",
      ),
    ]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("[role=group][tabindex]"))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === "hidden"))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && (r.left < -0.5 || r.right > window.innerWidth + 0.5);
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`,
      ),
  );
  expect(outside, `${where}: controls off the screen`).toEqual([]);
}

/** Relative luminance (0 black … 1 white) of the colour the page is painted with, as the browser computed it. */
export async function pageBackgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}
