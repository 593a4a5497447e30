import type { z } from "zod";

/** Zod issues as `{ "schedule.time": ["…"] }`: the keys are the form's field names, on both sides. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
