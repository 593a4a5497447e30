import "server-only";
import type { z } from "zod";
import {
  banMembersSchema,
  changeOwnerSchema,
  kickSeatSchema,
  lockSeatSchema,
  marksInputSchema,
  memberRoleSchema,
  nameCardInputSchema,
  pickSeatSchema,
  removeMembersSchema,
  unbanMembersSchema,
} from "@/lib/schemas/people";
import type { AuditActor } from "@/lib/server/audit/record";
import * as writes from "@/lib/server/people/writes";
import { presentPeopleWrite, type PeopleActionResult, type PeopleVerb } from "../present/people";
import { actionFor, invalidInput } from "../safe-action";

/** The People and Seats tabs' writes after their guard: administrators only, input parsed again here. */

const peopleAction = actionFor<writes.PeopleWriteDeps>();

function define<S extends z.ZodType>(
  schema: S,
  verb: PeopleVerb,
  service: (
    d: writes.PeopleWriteDeps,
    a: AuditActor,
    input: z.output<S>,
  ) => Promise<writes.PeopleWriteOutcome>,
) {
  return peopleAction({
    access: { role: "admin" },
    schema,
    invalid: (error, t) => invalidInput(error, t, { notFields: ["roomId"] }),
    run: async ({ input, actor, app, t }): Promise<PeopleActionResult> =>
      presentPeopleWrite(t, verb, await service(app, actor!, input)),
  });
}

export const removeMembersDefinition = define(removeMembersSchema, "remove", writes.removeMembers);
export const banMembersDefinition = define(banMembersSchema, "ban", writes.banMembers);
export const unbanMembersDefinition = define(unbanMembersSchema, "unban", writes.unbanMembers);
export const setMemberRoleDefinition = define(memberRoleSchema, "role", writes.setMemberRole);
export const setNameCardDefinition = define(nameCardInputSchema, "nameCard", writes.setNameCard);
export const markMembersDefinition = define(marksInputSchema, "marks", writes.markMembers);
export const changeOwnerDefinition = define(changeOwnerSchema, "owner", writes.changeOwner);
export const pickOnSeatDefinition = define(pickSeatSchema, "pick", writes.pickOnSeat);
export const kickOffSeatDefinition = define(kickSeatSchema, "kickSeat", writes.kickOffSeat);
export const lockSeatDefinition = define(lockSeatSchema, "lock", writes.lockSeat);
