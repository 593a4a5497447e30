import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, HttpError } from "./queries/http";
import { getQueryClient } from "./query-client";

/** A real server: each path answers with the status it names, and every request is counted. */
const hits = new Map<string, number>();
const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  hits.set(url, (hits.get(url) ?? 0) + 1);
  const status = Number(/\/status\/(\d{3})/.exec(url)?.[1] ?? 200);
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ url }));
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Runs one query through the app's client defaults (retry policy included) and counts what reached the server. */
async function attempts(path: string): Promise<{ tries: number; error: unknown }> {
  let error: unknown = null;
  await getQueryClient()
    .fetchQuery({ queryKey: [path], queryFn: () => getJson(base + path), retryDelay: 0 })
    .catch((e: unknown) => (error = e));
  return { tries: hits.get(path) ?? 0, error };
}

describe("the query client's retries", () => {
  it("a 401 or 403 is asked once: a refusal will not become a permission", async () => {
    for (const path of ["/status/401/api/meetings/a", "/status/403/api/support/search?q=b"]) {
      const { tries, error } = await attempts(path);
      expect(tries).toBe(1);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(Number(path.slice(8, 11)));
    }
  });

  it("a 404 is asked once: the server knows the meeting is not there, so the page says so at once", async () => {
    const { tries, error } = await attempts("/status/404/api/meetings/rd-unknown");
    expect(tries).toBe(1);
    expect((error as HttpError).status).toBe(404);
  });

  it("a 500 or 503 whose URL holds 401, 403 or 404 is still retried (the status decides, not the text)", async () => {
    for (const path of ["/status/500/api/meetings/rd-403", "/status/503/api/support/search?q=404"]) {
      const { tries, error } = await attempts(path);
      expect(tries).toBe(3);
      expect((error as HttpError).message).toContain(path);
    }
  });
});
