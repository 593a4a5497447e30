import { describe, expect, it } from "vitest";
import { issuesByPath } from "@/lib/schemas/test-utils";
import { firstAdminFormSchema, firstAdminSchema, signInSchema } from "./schemas";

const admin = { name: "Ada", email: "ada@example.com", password: "correct horse battery" };

describe("firstAdminFormSchema (the first-run form)", () => {
  it("accepts what the action accepts when the password is repeated", () => {
    expect(firstAdminFormSchema.safeParse({ ...admin, confirm: admin.password }).success).toBe(true);
  });

  it("refuses a repeat that differs, on the repeat field", () => {
    expect(
      issuesByPath(firstAdminFormSchema.safeParse({ ...admin, confirm: "correct horse battery!" })),
    ).toEqual({ confirm: ["The passwords do not match."] });
  });

  it.each([
    ["an empty name", { name: "  " }],
    ["a malformed email", { email: "ada@" }],
    ["a short password", { password: "short" }],
    ["a long password", { password: "x".repeat(129) }],
  ])("says everything the action would about %s, beside the repeat", (_what, patch) => {
    const input = { ...admin, ...patch };
    const server = issuesByPath(firstAdminSchema.safeParse(input));
    expect(Object.keys(server)).not.toEqual([]);
    const browser = issuesByPath(firstAdminFormSchema.safeParse({ ...input, confirm: input.password }));
    expect(browser).toEqual(server);
  });
});

describe("signInSchema", () => {
  it("names the field and the limit", () => {
    expect(issuesByPath(signInSchema.safeParse({ email: "a@b.c", password: "" }))).toEqual({
      password: ["Enter your password."],
    });
    expect(
      issuesByPath(signInSchema.safeParse({ email: "a".repeat(255), password: "x".repeat(129) })),
    ).toEqual({
      email: ["Use at most 254 characters."],
      password: ["Use at most 128 characters."],
    });
  });
});
