"use server";

import { serverAction } from "../safe-action";
import { deleteCallbackConfigDefinition, saveCallbackConfigDefinition } from "./definitions";

/** Registers or changes the callback URL and commands with Tencent; administrators only. */
export const saveCallbackConfigAction = serverAction(saveCallbackConfigDefinition);

/** Removes the callback registration; administrators only. */
export const deleteCallbackConfigAction = serverAction(deleteCallbackConfigDefinition);
