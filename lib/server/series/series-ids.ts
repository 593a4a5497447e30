import "server-only";

/**
 * A series' own events (create, update, cancel) are in the audit log under this id, as a job's are under
 * its own: the trail of a series is one lookup on the intent index, beside each room's events.
 */
export const seriesAuditId = (seriesId: string) => `series-${seriesId}`;
