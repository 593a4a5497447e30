import "server-only";

/** Spreadsheet jobs: what the routes and pages use. */
export { createBulkJob } from "./create-job";
export { controlBulkJob, type JobControl, type JobControlOutcome } from "./control-job";
export { getJobDetail, resultRows } from "./job-detail";
export { getJobProgress, listRecentJobs } from "./read-job";
export { resultsCsvStream } from "./results-csv";

/**
 * The largest start request read: 5,000 rows of form values with long names and full invitee lists stay
 * below it, and it is under the 10 MB Next buffers for a request that passes the proxy.
 */
export const START_BODY_MAX_BYTES = 8 * 1024 * 1024;
