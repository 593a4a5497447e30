import { describe, expect, it } from "vitest";
import { readBodyUpTo } from "./http-receiver";

const streamed = (text: string, chunk = 7) =>
  new Request("http://roomdesk.test/api/trtc/callback", {
    method: "POST",
    body: new ReadableStream({
      start(c) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
        c.close();
      },
    }),
    // @ts-expect-error Node's fetch needs this for a streamed body
    duplex: "half",
  });

describe("reading a callback body", () => {
  it("reads a body up to the limit, whole", async () => {
    expect(await readBodyUpTo(streamed('{"a":"日本語"}'), 64)).toBe('{"a":"日本語"}');
    expect(await readBodyUpTo(streamed("x".repeat(64)), 64)).toBe("x".repeat(64));
  });

  it("stops at the limit when the body is longer, whether or not it declared its length", async () => {
    expect(await readBodyUpTo(streamed("x".repeat(65)), 64)).toBeNull();
    const declared = new Request("http://roomdesk.test/", {
      method: "POST",
      body: "x".repeat(10),
      headers: { "content-length": "100000" },
    });
    expect(await readBodyUpTo(declared, 64)).toBeNull();
  });
});
