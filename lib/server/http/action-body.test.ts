import { describe, expect, it } from "vitest";
import { ACTION_LIMITS } from "@/lib/http/action-limits.mjs";
import { malformedActionBody, nestingDepth } from "./action-body";

const bytes = (s: string) => new TextEncoder().encode(s);
const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://127.0.0.1:3000/schedule", {
    method: "POST",
    headers: { "next-action": "40ab", ...headers },
    body,
  });
const json = { "content-type": "text/plain;charset=UTF-8" };

describe("action bodies", () => {
  it("measures nesting in bytes, ignoring brackets inside JSON strings but not in other bodies", () => {
    expect(nestingDepth(bytes('[{"a":[1,{"b":"[[[["}]}]'), true)).toBe(4);
    expect(nestingDepth(bytes('["\\"[[[["]'), true)).toBe(1);
    expect(nestingDepth(bytes('name="0"\r\n\r\n[[["'), false)).toBe(3);
    expect(nestingDepth(bytes("[日本[語]]"), true)).toBe(2);
    expect(nestingDepth(bytes("]]][[]"), true)).toBe(2);
  });

  it("refuses a declared or streamed body over the limit with 413, and one byte under passes", async () => {
    const limit = ACTION_LIMITS.bodyBytes;
    const message = `The request body is larger than 100 KB (${limit} bytes), the limit for a form.`;
    expect(await malformedActionBody(post({ "content-length": String(limit + 1) }))).toEqual({
      status: 413,
      message,
    });
    const stream = (size: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let sent = 0; sent < size; sent += 1000)
            c.enqueue(new Uint8Array(Math.min(1000, size - sent)).fill(0x31));
          c.close();
        },
      });
    const streamed = (size: number) =>
      new Request("http://a/", {
        method: "POST",
        headers: { "next-action": "1" },
        body: stream(size),
        duplex: "half",
      } as RequestInit);
    expect(await malformedActionBody(streamed(limit + 1))).toEqual({ status: 413, message });
    expect(await malformedActionBody(streamed(limit))).toBeNull();
  });

  it("refuses a body nested past the limit with 400 and passes one at the limit", async () => {
    const nested = (n: number) => post(json, "[".repeat(n) + "]".repeat(n));
    expect(await malformedActionBody(nested(ACTION_LIMITS.nesting))).toBeNull();
    expect(await malformedActionBody(nested(40_000))).toEqual({
      status: 400,
      message: `The request body nests 40000 levels deep; the limit is ${ACTION_LIMITS.nesting}.`,
    });
  });

  it("refuses what is not JSON or not multipart, and a fetched action whose field 0 is not JSON", async () => {
    const form = (fields: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.set(k, v);
      return f;
    };
    const multipart = async (fields: Record<string, string>, headers: Record<string, string> = {}) => {
      const encoded = new Response(form(fields));
      const type = encoded.headers.get("content-type")!;
      return post({ "content-type": type, ...headers }, await encoded.text());
    };
    expect(await malformedActionBody(post(json, "[{"))).toEqual({
      status: 400,
      message: "The request body is not valid JSON.",
    });
    expect(
      await malformedActionBody(post({ "content-type": "multipart/form-data; boundary=zzz" }, "garbage")),
    ).toEqual({ status: 400, message: "The request body is not valid multipart form data." });
    expect(await malformedActionBody(await multipart({ "0": "[{" }))).toEqual({
      status: 400,
      message: 'The request body has a field "0" that is not valid JSON.',
    });
    expect(await malformedActionBody(post(json, '[{"roomId":"a"}]'))).toBeNull();
    expect(await malformedActionBody(await multipart({ "0": '["$K1"]', "1_a": "x" }))).toBeNull();
    // A form posted without JavaScript names its fields freely; only fetched actions encode "0" as JSON.
    const request = await multipart({ "0": "plain text", $ACTION_ID_40ab: "" });
    request.headers.delete("next-action");
    expect(await malformedActionBody(request)).toBeNull();
  });
});
