"use server";

import { serverAction } from "../safe-action";
import * as defs from "./definitions";

/** The People and Seats tabs' writes (lib/actions/people/definitions.ts), each in the role matrix. */

export const removeMembersAction = serverAction(defs.removeMembersDefinition);
export const banMembersAction = serverAction(defs.banMembersDefinition);
export const unbanMembersAction = serverAction(defs.unbanMembersDefinition);
export const setMemberRoleAction = serverAction(defs.setMemberRoleDefinition);
export const setNameCardAction = serverAction(defs.setNameCardDefinition);
export const markMembersAction = serverAction(defs.markMembersDefinition);
export const changeOwnerAction = serverAction(defs.changeOwnerDefinition);
export const pickOnSeatAction = serverAction(defs.pickOnSeatDefinition);
export const kickOffSeatAction = serverAction(defs.kickOffSeatDefinition);
export const lockSeatAction = serverAction(defs.lockSeatDefinition);
