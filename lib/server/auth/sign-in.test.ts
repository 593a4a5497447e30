import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/tests/db-engines";
import type { Auth } from "./auth";
import { CLIENT_IP_HEADER } from "./client-ip";
import { signIn } from "./sign-in";

/**
 * A production build can bundle Better Auth into more than one chunk; the auth instance then throws the
 * APIError class of a copy other than the one sign-in imported. A wrong password must stay a wrong
 * password (not a 500) whichever copy threw it.
 */
class ForeignApiError extends Error {
  override name = "APIError";
  readonly status = "UNAUTHORIZED";
  readonly body = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };
}

describe("signIn", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb("sqlite");
  });
  afterAll(() => db.dispose());

  it("reads a refusal thrown by another copy of the auth library as invalid credentials, and audits it", async () => {
    const auth = {
      api: {
        signInEmail: async () => {
          throw new ForeignApiError("Invalid email or password");
        },
      },
    } as unknown as Auth;
    const headers = new Headers({ [CLIENT_IP_HEADER]: "192.0.2.10" });
    const result = await signIn(auth, db, { email: "nobody@example.com", password: "wrong" }, headers);
    expect(result).toMatchObject({ ok: false, code: "invalid-credentials" });
    const rows = await db.kysely.selectFrom("audit_log").select(["action", "outcome"]).execute();
    expect(rows).toEqual([{ action: "auth.sign_in_failed", outcome: "failed" }]);
  });
});
