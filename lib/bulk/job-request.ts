import { z } from "zod";
import {
  makeScheduleMeetingSchema,
  type MeetingLimits,
  type ScheduleMeetingValues,
} from "@/lib/schemas/meeting";
import { ref } from "@/lib/schemas/messages";

/**
 * What a sheet may hold, stated on the page and enforced by both routes (the dry run and the start).
 * 5,000 rows keep a job's start body a few megabytes and its run within a minute at the shared rate limit.
 */
export const BULK_LIMITS = { maxRows: 5000, maxFileBytes: 2 * 1024 * 1024 } as const;

export type BulkLimits = MeetingLimits & { maxRows?: number };

export const SHEET_ENCODINGS = ["utf-8", "utf-8-bom", "shift_jis", "pasted"] as const;
export type SheetEncoding = (typeof SHEET_ENCODINGS)[number];

const FILE_NAME_MAX = 255;

/**
 * The body of `POST /api/bulk/jobs`: the rows the admin chose to run, each with its 1-based data row number
 * in the sheet and the values exactly as the schedule form submits them. The server parses every row again
 * with the schedule form's own schema: nothing the browser checked is trusted.
 */
export function makeStartBulkJobSchema(limits: BulkLimits) {
  const maxRows = limits.maxRows ?? BULK_LIMITS.maxRows;
  const values = makeScheduleMeetingSchema(limits);
  return z.object({
    source: z.object({
      fileName: z.string().max(FILE_NAME_MAX, ref("bulkJobs.error.fileNameTooLong", { max: FILE_NAME_MAX })),
      encoding: z.enum(SHEET_ENCODINGS, ref("bulkJobs.error.encodingUnknown")),
    }),
    rows: z
      .array(
        z.object({
          row: z
            .number(ref("bulkJobs.error.rowNumber", { max: maxRows }))
            .int(ref("bulkJobs.error.rowNumber", { max: maxRows }))
            .min(1, ref("bulkJobs.error.rowNumber", { max: maxRows }))
            .max(maxRows, ref("bulkJobs.error.rowNumber", { max: maxRows })),
          values,
        }),
      )
      .min(1, ref("bulkJobs.error.noRows"))
      .max(maxRows, ref("bulkJobs.error.tooManyRows", { max: maxRows }))
      .superRefine((rows, ctx) => {
        const seen = new Set<number>();
        // One room per RoomId: a second row with it would only be told of the first row's room.
        const rowOfRoom = new Map<string, number>();
        rows.forEach(({ row, values: { roomId } }, index) => {
          if (seen.has(row))
            ctx.addIssue({
              code: "custom",
              path: [index, "row"],
              message: ref("bulkJobs.error.rowRepeated", { row }),
            });
          seen.add(row);
          const first = rowOfRoom.get(roomId);
          if (first !== undefined)
            ctx.addIssue({
              code: "custom",
              path: [index, "values", "roomId"],
              message: ref("bulkJobs.error.roomIdRepeated", { roomId, row: first }),
            });
          else rowOfRoom.set(roomId, row);
        });
      }),
  });
}

export type StartBulkJobSchema = ReturnType<typeof makeStartBulkJobSchema>;
export type StartBulkJobInput = z.input<StartBulkJobSchema>;
export type StartBulkJobRequest = z.output<StartBulkJobSchema>;
export type BulkJobRow = { row: number; values: ScheduleMeetingValues };

/** `201` from the start route. */
export interface StartBulkJobCreated {
  jobId: string;
}

/**
 * `400` from the start route: one entry per problem, by sheet row (0 when the problem is the request's own,
 * e.g. too many rows) and the form's field path ("schedule.time"; "row" for the row number itself).
 * Messages are already worded in the requester's language.
 */
export interface StartBulkJobRefused {
  errors: Array<{ row: number; field: string; message: string }>;
}

/**
 * Each row's scheduling intent id, derived from the job and the row so a retry, a crash or a second worker
 * meets the same intent instead of creating a second room. It matches INTENT_ID
 * (lib/server/meetings/schedule-meeting.ts): a UUID job id and a row of up to 4 digits make 47 characters.
 */
export const bulkIntentId = (jobId: string, row: number): string => `bulk-${jobId}-r${row}`;

/** Where the browser goes once the job is created. */
export const bulkJobPath = (jobId: string): string => `/bulk/jobs/${encodeURIComponent(jobId)}`;
