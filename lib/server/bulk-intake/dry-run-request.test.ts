import { describe, expect, it } from "vitest";
import { parseDryRunRequest } from "./dry-run-request";

const URL_ = "http://127.0.0.1/api/bulk/dry-run";
const LIMIT = 1000;

function post(fields: Record<string, string | Blob>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (typeof value === "string") form.set(name, value);
    else form.set(name, value, "week.csv");
  return new Request(URL_, { method: "POST", body: form, headers });
}

/** A body streamed without a declared length, as a client may send it. */
function streamed(bytes: number) {
  const chunk = new Uint8Array(256).fill(0x41);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return new Request(URL_, {
    method: "POST",
    body,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    duplex: "half",
  } as RequestInit);
}

describe("the dry run's request", () => {
  it("takes an uploaded file with its name, the mapping and the zone", async () => {
    const parsed = await parseDryRunRequest(
      post({
        file: new Blob(["Meeting name\nA\n"]),
        mapping: JSON.stringify(["roomName"]),
        timeZone: "Asia/Tokyo",
      }),
      LIMIT,
    );
    expect(parsed.ok && parsed.input).toMatchObject({
      source: { kind: "file", fileName: "week.csv" },
      mapping: ["roomName"],
      timeZone: "Asia/Tokyo",
    });
  });

  it("takes pasted cells when no file is chosen", async () => {
    const parsed = await parseDryRunRequest(post({ text: "会議名\n研修\n" }), LIMIT);
    // A form's text fields travel with CRLF line breaks (the multipart rules); the parser reads both.
    expect(parsed.ok && parsed.input.source).toEqual({ kind: "pasted", text: "会議名\r\n研修\r\n" });
  });

  it("refuses a file over the limit with its size, a declared body over it, and a streamed one", async () => {
    expect(await parseDryRunRequest(post({ file: new Blob(["x".repeat(LIMIT + 1)]) }), LIMIT)).toEqual({
      ok: false,
      status: 413,
      refusal: { reason: "tooLarge", bytes: LIMIT + 1, max: LIMIT },
    });
    const declared = new Request(URL_, {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "99999999" },
    });
    expect(await parseDryRunRequest(declared, LIMIT)).toMatchObject({
      status: 413,
      refusal: { reason: "tooLarge", bytes: 99999999 },
    });
    expect(await parseDryRunRequest(streamed(LIMIT + 70 * 1024), LIMIT)).toMatchObject({
      status: 413,
      refusal: { reason: "tooLarge", bytes: null, max: LIMIT },
    });
    const pasted = await parseDryRunRequest(post({ text: "日".repeat(400) }), LIMIT);
    expect(pasted).toMatchObject({ status: 413, refusal: { reason: "tooLarge", bytes: 1200 } });
  });

  it("names what is missing or malformed", async () => {
    const refusal = async (request: Request) => {
      const parsed = await parseDryRunRequest(request, LIMIT);
      return parsed.ok ? null : parsed.refusal;
    };
    expect(await refusal(post({ text: "  " }))).toEqual({ reason: "noSheet" });
    expect(await refusal(post({ text: "a", mapping: '["nope"]' }))).toEqual({ reason: "badMapping" });
    expect(await refusal(post({ text: "a", mapping: "{" }))).toEqual({ reason: "badMapping" });
    expect(await refusal(post({ text: "a", timeZone: "Mars/Olympus" }))).toEqual({
      reason: "unknownZone",
      zone: "Mars/Olympus",
    });
    expect(
      await refusal(
        new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
      ),
    ).toEqual({ reason: "notMultipart" });
    expect(
      await refusal(
        new Request(URL_, {
          method: "POST",
          body: "garbage",
          headers: { "content-type": "multipart/form-data; boundary=x" },
        }),
      ),
    ).toEqual({ reason: "notMultipart" });
  });
});
