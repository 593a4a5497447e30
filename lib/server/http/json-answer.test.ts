import { describe, expect, it } from "vitest";
import { jsonAnswer, SMALL_ANSWER_BYTES } from "./json-answer";

describe("JSON answers", () => {
  it("marks a small answer no-transform, so Next's compression leaves it as it is", async () => {
    const answer = jsonAnswer(
      { items: [{ requestId: "abc" }] },
      { headers: { "cache-control": "no-store" } },
    );
    expect(answer.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(await answer.json()).toEqual({ items: [{ requestId: "abc" }] });
  });

  it("leaves a large answer to compression, and counts bytes rather than characters", () => {
    const large = jsonAnswer(
      { text: "x".repeat(SMALL_ANSWER_BYTES) },
      { headers: { "cache-control": "no-store" } },
    );
    expect(large.headers.get("cache-control")).toBe("no-store");
    // 400 CJK characters are 1,200 bytes of UTF-8: over the threshold though under it in characters.
    const wide = jsonAnswer({ text: "会".repeat(400) });
    expect(wide.headers.get("cache-control")).toBeNull();
  });

  it("keeps the status and the other headers", () => {
    const answer = jsonAnswer({ ok: true }, { status: 201, headers: { "server-timing": "total;dur=1" } });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("server-timing")).toBe("total;dur=1");
    expect(answer.headers.get("cache-control")).toBe("no-transform");
  });
});
