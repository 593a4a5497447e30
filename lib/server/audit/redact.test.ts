import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genUserSig } from "@/lib/trtc/usersig";
import { REDACTED, redact, redactString, redactedBody } from "./redact";

const CANARY = "CANARYx7q";

describe("redact", () => {
  it("strips the usersig query parameter from URLs and fetch error text", () => {
    const url =
      "https://adminapisgp.im.qcloud.com/v4/room_engine_http_srv/create_room?sdkappid=1400000000&identifier=administrator&usersig=eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUl&random=1&contenttype=json";
    const out = redactString(`TypeError: fetch failed (${url})`);
    expect(out).not.toContain("eJyrVgrx");
    expect(out).toContain(`usersig=${REDACTED}`);
    expect(out).toContain("sdkappid=1400000000");
  });

  it("removes values of secret-like keys at any depth and keeps the rest", () => {
    const out = redact({
      RoomInfo: { RoomId: "r1", nested: [{ secretKey: "k", token: "t", UserSig: "s" }] },
    });
    expect(out).toEqual({
      RoomInfo: { RoomId: "r1", nested: [{ secretKey: REDACTED, token: REDACTED, UserSig: REDACTED }] },
    });
  });

  it("removes a real UserSig wherever it appears in free text", () => {
    const sig = genUserSig("k".repeat(64), {
      identifier: "administrator",
      sdkAppId: 1400000001,
      time: 1,
      expire: 86400,
    });
    expect(redactString(`bad sig ${sig} seen`)).toBe(`bad sig ${REDACTED} seen`);
  });

  it("never lets a canary secret through, wherever it is placed (property)", () => {
    const withCanary = fc.oneof(
      fc.string().map((s) => `${s}${CANARY}${s}`),
      fc.webUrl().map((u) => `${u}${u.includes("?") ? "&" : "?"}usersig=${CANARY}`),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        withCanary,
        fc.string(),
        fc.integer(),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constant("secret")), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const text = redactedBody(value, { secrets: [CANARY] }) ?? "";
        expect(text).not.toContain(CANARY);
      }),
      { numRuns: 300 },
    );
  });

  it("caps long non-JSON bodies such as an HTML error page", () => {
    const body = redactedBody("<html>" + "x".repeat(100) + "</html>", {}, 20);
    expect(body).toMatch(/^<html>x+…\[truncated\]$/);
  });
});
