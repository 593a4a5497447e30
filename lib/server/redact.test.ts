import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genUserSig } from "@/lib/trtc/usersig";
import { isSensitiveKey, REDACTED, redact, redactString, redactedBody } from "./redact";

const CANARY = "CANARYx7q";
/** Written out here, not imported: the names a credential travels under in bodies, headers and settings. */
const CREDENTIAL_KEYS = [
  "usersig",
  "secret",
  "secretkey",
  "secret_key",
  "password",
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "authorization",
  "cookie",
  "set-cookie",
  "api_key",
  "apikey",
  "x-api-key",
  "credential",
  "credentials",
];

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

  it("keeps keys that merely contain sig, token, secret or password, with their values", () => {
    const harmless = {
      signedInAt: "2027-01-01T09:00:00.000Z",
      designation: "Head of IT",
      signature_count: 3,
      assignee: "alice",
      tokenizer: "whitespace",
      secretary: "bob",
      passwordPolicy: "12 characters or more",
      cookieConsent: true,
      credentialsUpdatedAt: "2027-01-02",
      RoomInfo: { RoomId: "r1", IsSeatEnabled: true, TakeSeatMode: 1 },
    };
    expect(redact(harmless)).toEqual(harmless);
    expect(JSON.parse(redactedBody({ action: "set-user-role", signedInAt: "2027-01-01" })!)).toEqual({
      action: "set-user-role",
      signedInAt: "2027-01-01",
    });
  });

  it("removes the value of every credential key name, in any letter case (property)", () => {
    const mixedCase = (name: string) =>
      fc
        .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
        .map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(""));
    fc.assert(
      fc.property(fc.constantFrom(...CREDENTIAL_KEYS).chain(mixedCase), fc.string(), (key, value) => {
        expect(redact({ outer: { [key]: value } })).toEqual({ outer: { [key]: REDACTED } });
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a tree without credentials exactly as it was (property)", () => {
    const credential = new Set(CREDENTIAL_KEYS);
    const plainText = fc.string().filter((s) => !s.includes("=") && !s.includes("eJ") && s !== "__proto__");
    const key = fc.oneof(
      fc.constantFrom("signedInAt", "designation", "signature_count", "assignee", "tokenizer", "RoomId"),
      plainText.filter((k) => !credential.has(k.toLowerCase())),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        plainText,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(redact(value)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it("caps long non-JSON bodies such as an HTML error page", () => {
    const body = redactedBody("<html>" + "x".repeat(100) + "</html>", {}, 20);
    expect(body).toMatch(/^<html>x+…\[truncated\]$/);
  });
});

const URL_CANARY = "CANARYSIG";
// The UserSig alphabet: base64 with + / = swapped for * - _ (docs/trtc-api.md §5.1).
const urlSigArb = fc.stringMatching(/^[A-Za-z0-9*_-]{0,40}$/).map((s) => `${s}${URL_CANARY}${s}`);
// Ordinary parameters only: a generated name that happens to be on the list (say "sig") is redacted too.
const paramArb = fc.tuple(
  fc.stringMatching(/^[a-z]{1,8}$/).filter((k) => !isSensitiveKey(k)),
  fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/),
);

describe("redactString on URLs", () => {
  it("removes the usersig value wherever it sits in the query, in any letter case", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: false, withFragments: false }),
        fc.array(paramArb, { maxLength: 4 }),
        fc.nat(4),
        fc.constantFrom("usersig", "UserSig", "USERSIG"),
        urlSigArb,
        fc.boolean(),
        (base, params, at, name, sig, withHash) => {
          const query = params.map(([k, v]) => `${k}=${v}`);
          query.splice(Math.min(at, query.length), 0, `${name}=${sig}`);
          const url = `${base}?${query.join("&")}${withHash ? "#frag" : ""}`;
          const out = redactString(url);
          expect(out).not.toContain(URL_CANARY);
          expect(out).toContain(`${name}=${REDACTED}`);
          for (const [k, v] of params) expect(out).toContain(`${k}=${v}`);
        },
      ),
    );
  });

  it("removes it from free text, JSON and percent-encoded nested URLs", () => {
    fc.assert(
      fc.property(fc.webUrl(), urlSigArb, fc.string(), (base, sig, noise) => {
        const url = `${base.split("?")[0]}?sdkappid=1&usersig=${sig}&random=7`;
        const texts = [
          `fetch failed: ${url} (${noise})`,
          JSON.stringify({ info: `bad ${url}`, noise }),
          `https://proxy.example/?target=${encodeURIComponent(url)}`,
          `usersig=${sig}`,
        ];
        for (const text of texts) expect(redactString(text)).not.toContain(URL_CANARY);
        const json = redactString(JSON.stringify({ info: url, noise }));
        expect(() => JSON.parse(json) as unknown).not.toThrow();
      }),
    );
  });

  it("accepts URL objects and leaves URLs without a sig unchanged", () => {
    expect(redactString(new URL("https://a.example/v4/x?usersig=abc&random=1"))).toBe(
      `https://a.example/v4/x?usersig=${REDACTED}&random=1`,
    );
    // Whole names from the list only: a name that merely contains one is ordinary data.
    expect(redactString("https://a.example/v4/x?signedInAt=1&xusersig=2&designation=3")).toBe(
      "https://a.example/v4/x?signedInAt=1&xusersig=2&designation=3",
    );
  });
});
