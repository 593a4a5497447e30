"use server";

import { serverAction } from "../safe-action";
import { importAccountsDefinition } from "./definitions";

/** Imports accounts into Tencent; administrators only (in the role matrix). */
export const importAccountsAction = serverAction(importAccountsDefinition);
