import "server-only";
import { z } from "zod";

/**
 * Tencent's envelope (docs/trtc-api.md §1.4); each command's `Response` has its schema in the registry
 * (lib/trtc/commands.ts). Loose on purpose: an unexpected extra field must not turn a real answer into a
 * "malformed" one.
 */
export const envelopeSchema = z.looseObject({
  ActionStatus: z.string(),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string().optional(),
  RequestId: z.string().optional(),
  Response: z.unknown().optional(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** Zod issues as "path: message" without the offending values, which could be anything Tencent sent. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}
