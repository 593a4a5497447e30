"use server";

import { serverAction } from "../safe-action";
import { controlBulkJobDefinition } from "./definitions";

/** Pauses, resumes or cancels a spreadsheet job; administrators only (in the role matrix). */
export const controlBulkJobAction = serverAction(controlBulkJobDefinition);
