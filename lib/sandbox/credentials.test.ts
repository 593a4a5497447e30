import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureSandboxCredentials } from "./credentials";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sandbox-creds-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("ensureSandboxCredentials", () => {
  it("generates credentials once, in a 0600 file, and returns the same values after", () => {
    const file = path.join(tempDir(), "data", "sandbox", "credentials.json");
    const first = ensureSandboxCredentials(file);
    expect(String(first.sdkAppId)).toMatch(/^14\d{8}$/);
    expect(first.secretKey).toMatch(/^[0-9a-f]{64}$/);
    expect(first.adminUserId).toBe("administrator");
    expect(first.adminIdentifiers).toEqual(["administrator"]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureSandboxCredentials(file)).toEqual(first);
  });

  it("reads credentials someone else wrote", () => {
    const file = path.join(tempDir(), "credentials.json");
    writeFileSync(file, JSON.stringify({ sdkAppId: 1400000042, secretKey: "s3cret", adminUserId: "ops" }));
    expect(ensureSandboxCredentials(file)).toEqual({
      sdkAppId: 1400000042,
      secretKey: "s3cret",
      adminUserId: "ops",
      adminIdentifiers: ["ops"],
    });
  });

  it("refuses a malformed file without quoting it", () => {
    const file = path.join(tempDir(), "credentials.json");
    writeFileSync(file, JSON.stringify({ sdkAppId: "x", secretKey: "leak-me" }));
    expect(() => ensureSandboxCredentials(file)).toThrow(/must hold/);
    writeFileSync(file, '{"secretKey": "leak-me"');
    let message = "";
    try {
      ensureSandboxCredentials(file);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/not valid JSON/);
    expect(message).not.toContain("leak-me");
  });
});
