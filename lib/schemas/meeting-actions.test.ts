import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { cancelMeetingSchema, confirmCancelSchema } from "./meeting-actions";
import { issuesByPath } from "./test-utils";

const schema = confirmCancelSchema("Quarterly review", translator());

describe("confirmCancelSchema (the cancel dialog)", () => {
  it("accepts the meeting's name, with stray spaces around it as the server does", () => {
    expect(schema.safeParse({ roomId: "qr-1", confirmName: " Quarterly review " }).success).toBe(true);
  });

  it("refuses another name on the name field, in the server's words", () => {
    expect(issuesByPath(schema.safeParse({ roomId: "qr-1", confirmName: "quarterly review" }))).toEqual({
      confirmName: ["Type the meeting name exactly: Quarterly review"],
    });
  });

  it("keeps every check of the action's schema", () => {
    const input = { roomId: "qr-1\r\n", confirmName: "Quarterly review" };
    expect(issuesByPath(schema.safeParse(input))).toEqual(issuesByPath(cancelMeetingSchema.safeParse(input)));
  });
});
