import { APIError } from "better-auth/api";
import { describe, expect, it } from "vitest";
import { authErrorCode, isAuthApiError } from "./api-error";

describe("Better Auth's refusals", () => {
  it("are recognised from the library's own class", () => {
    const error = new APIError("UNAUTHORIZED", { message: "Invalid", code: "INVALID_EMAIL_OR_PASSWORD" });
    expect(isAuthApiError(error)).toBe(true);
    expect(authErrorCode(error)).toBe("INVALID_EMAIL_OR_PASSWORD");
  });

  it("are recognised when thrown by another bundled copy of the library (a different class)", () => {
    // What a second chunk's APIError looks like to this module: same name and shape, other identity.
    class APIError extends Error {
      override name = "APIError";
      constructor(
        readonly status: string,
        readonly body: { code: string },
      ) {
        super("Invalid email or password");
      }
    }
    const foreign = new APIError("UNAUTHORIZED", { code: "INVALID_EMAIL_OR_PASSWORD" });
    expect(isAuthApiError(foreign)).toBe(true);
    expect(authErrorCode(foreign)).toBe("INVALID_EMAIL_OR_PASSWORD");
  });

  it("leave any other error alone", () => {
    expect(isAuthApiError(new Error("disk full"))).toBe(false);
    expect(isAuthApiError(Object.assign(new TypeError("x"), { status: 401 }))).toBe(false);
    expect(isAuthApiError("APIError")).toBe(false);
  });
});
