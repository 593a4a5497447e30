import "server-only";

/**
 * The job's own events (start, pause, resume, cancel) are in the audit log under this id, beside the
 * rows' intents (`bulk-<jobId>-r<row>`), so the trail of a job is one lookup on the intent index.
 */
export const jobAuditId = (jobId: string) => `bulk-${jobId}`;

/** Times are ISO-8601 UTC text, as everywhere in the schema: they sort the same on both engines. */
export const iso = (ms: number) => new Date(ms).toISOString();
