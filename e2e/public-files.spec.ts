import { expect, request as playwrightRequest, test } from "@playwright/test";
import { appUrl } from "./env";

/** public/: what a browser, a home screen and a crawler fetch without signing in. */
test.describe("the app's icon, manifest and robots.txt", () => {
  test("robots.txt keeps every path out of search engines", async () => {
    const req = await playwrightRequest.newContext({ baseURL: appUrl });
    const res = await req.get("/robots.txt");
    expect(res.status()).toBe(200);
    const lines = (await res.text()).split("\n").map((l) => l.trim());
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Disallow: /");
  });

  test("the sign-in page names its icons and manifest, and each is served as what it claims", async ({
    page,
  }) => {
    await page.goto("/login");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const links = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
      .evaluateAll((els) => els.map((e) => ({ rel: e.getAttribute("rel"), href: e.getAttribute("href") })));
    expect(links.map((l) => l.rel).sort()).toEqual(["apple-touch-icon", "icon", "icon", "manifest"]);

    const req = await playwrightRequest.newContext({ baseURL: appUrl });
    const manifestHref = links.find((l) => l.rel === "manifest")!.href!;
    const manifest = (await (await req.get(manifestHref)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: "Roomdesk", start_url: "/", display: "standalone" });
    // Installable: a 192 and a 512 pixel PNG, and one a platform may mask.
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);

    const files = [
      ...links.filter((l) => l.rel !== "manifest").map((l) => l.href!),
      ...manifest.icons.map((i) => i.src),
    ];
    for (const href of files) {
      const res = await req.get(href);
      expect(res.status(), href).toBe(200);
      const type = res.headers()["content-type"] ?? "";
      expect(type, href).toMatch(/^image\/(png|svg\+xml|x-icon|vnd\.microsoft\.icon)/);
      const bytes = await res.body();
      if (type.startsWith("image/png")) {
        expect(bytes.subarray(1, 4).toString(), href).toBe("PNG");
        const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
        const declared = manifest.icons.find((i) => i.src === href)?.sizes;
        if (declared) expect(`${width}x${height}`, href).toBe(declared);
        if (href.includes("apple-touch")) expect([width, height], href).toEqual([180, 180]);
      }
    }
  });
});
