import { z } from "zod";
import type { SeatMode } from "@/lib/trtc/limits";
import { countSchema, takeSeatModeSchema, unsetAsUndefined } from "./fields";
import { messages } from "./messages";

export type SeatsValues =
  { enabled: false } | { enabled: true; maxSeatCount: number; takeSeatMode: SeatMode };

/**
 * Seat count and mode matter only with seats on; with seats off they are neither checked nor sent, so a
 * leftover value in a hidden input cannot block the form.
 */
export const makeSeatsSchema = (maxSeats: number) => {
  const count = countSchema("seats", maxSeats);
  return z
    .object({
      enabled: z.boolean(),
      maxSeatCount: unsetAsUndefined(z.number().optional()),
      takeSeatMode: takeSeatModeSchema.optional(),
    })
    .superRefine(
      (seats, ctx) => {
        if (seats.enabled !== true) return;
        if (seats.maxSeatCount === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["maxSeatCount"],
            message: messages.countMissing({ label: "seats" }, maxSeats),
          });
        } else {
          for (const issue of count.safeParse(seats.maxSeatCount).error?.issues ?? []) {
            ctx.addIssue({ code: "custom", path: ["maxSeatCount"], message: issue.message });
          }
        }
        if (seats.takeSeatMode === undefined) {
          ctx.addIssue({ code: "custom", path: ["takeSeatMode"], message: messages.seatModeMissing });
        }
      },
      // Still report the count when the mode failed its own check.
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    )
    .transform((seats): SeatsValues =>
      seats.enabled
        ? { enabled: true, maxSeatCount: seats.maxSeatCount!, takeSeatMode: seats.takeSeatMode! }
        : { enabled: false },
    );
};
