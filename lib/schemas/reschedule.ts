import { z } from "zod";
import { roomIdReferenceSchema, roomIdSchema } from "./fields";
import { ref } from "./messages";
import { makeScheduleSchema } from "./schedule";

/**
 * A reschedule: the meeting (from the page's URL), the new room's RoomId (Tencent cannot move a room, so
 * the new time is a new room) and the new time, checked by the schedule form's own rules. One schema for
 * the form's resolver and the server action; `now` is the server's clock there.
 */
export const makeRescheduleSchema = (now: () => number) =>
  z
    .object({
      roomId: roomIdReferenceSchema,
      newRoomId: roomIdSchema,
      schedule: makeScheduleSchema(now),
    })
    .refine((v) => v.newRoomId !== v.roomId, {
      path: ["newRoomId"],
      message: ref("reschedule.error.sameRoomId"),
    });

export type RescheduleSchema = ReturnType<typeof makeRescheduleSchema>;
export type RescheduleInput = z.input<RescheduleSchema>;
export type RescheduleValues = z.output<RescheduleSchema>;
