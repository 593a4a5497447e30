import "server-only";
import { z } from "zod";

/**
 * Zod shapes of what Tencent sends back (trtc-api.md §1.4, §2.4). Loose on purpose: Tencent adds fields
 * without notice, and an unexpected extra field must not turn a real answer into a "malformed" one.
 */

export const envelopeSchema = z.looseObject({
  ActionStatus: z.string(),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string().optional(),
  RequestId: z.string().optional(),
  Response: z.unknown().optional(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

// Only RoomId is required: the documented field list comes from one sample, and a missing optional field
// must not make an existing room look malformed while a timed-out create is being verified.
export const roomInfoSchema = z.looseObject({
  RoomId: z.string(),
  RoomName: z.string().optional(),
  RoomType: z.string().optional(),
  Owner_Account: z.string().optional(),
  MaxMemberCount: z.number().optional(),
  MaxSeatCount: z.number().optional(),
  IsVideoDisabled: z.boolean().optional(),
  IsAudioDisabled: z.boolean().optional(),
  IsMessageDisabled: z.boolean().optional(),
  IsScreenSharingDisabled: z.boolean().optional(),
  IsCloudRecordingDisabled: z.boolean().optional(),
  CustomInfo: z.string().optional(),
  ScheduleStartTime: z.number().optional(),
  ScheduleEndTime: z.number().optional(),
  RoomStatus: z.string().optional(),
  IsSeatEnabled: z.boolean().optional(),
  TakeSeatMode: z.string().optional(),
  CreateTime: z.number().optional(),
  MemberCount: z.number().optional(),
});

export type TrtcRoomInfo = z.infer<typeof roomInfoSchema>;

export const getRoomInfoResponseSchema = z.looseObject({ RoomInfo: roomInfoSchema });

/** Zod issues as "path: message" without the offending values, which could be anything Tencent sent. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}
