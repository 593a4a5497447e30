import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sessionTokenFromCookies } from "./session-cookie";

const SECRET = "a-long-enough-secret-for-the-test-0123456789";
const NAME = "better-auth.session_token";
const sign = (token: string, secret = SECRET) =>
  encodeURIComponent(`${token}.${createHmac("sha256", secret).update(token).digest("base64")}`);

describe("sessionTokenFromCookies", () => {
  it("returns the token of a correctly signed cookie among others", () => {
    expect(sessionTokenFromCookies(`a=1; ${NAME}=${sign("tok123")}; b=2`, NAME, SECRET)).toBe("tok123");
  });

  it("refuses a cookie signed with another secret, a changed token, or no signature", () => {
    expect(sessionTokenFromCookies(`${NAME}=${sign("tok123", "another-secret")}`, NAME, SECRET)).toBeNull();
    const forged = sign("tok123").replace("tok123", "tok124");
    expect(sessionTokenFromCookies(`${NAME}=${forged}`, NAME, SECRET)).toBeNull();
    expect(sessionTokenFromCookies(`${NAME}=tok123`, NAME, SECRET)).toBeNull();
    expect(sessionTokenFromCookies(`${NAME}=%E0%A4%A`, NAME, SECRET)).toBeNull();
  });

  it("ignores cookies with a similar name", () => {
    expect(sessionTokenFromCookies(`x${NAME}=${sign("tok123")}`, NAME, SECRET)).toBeNull();
  });
});
