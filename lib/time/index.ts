export { dstChangeOnDate, type OffsetChange } from "./dst";
export { formatDay, formatInZone, formatLocalInstant, nextQuarterHour } from "./format";
export {
  epochToWallTime,
  parseDate,
  parseTime,
  zonedWallTimeToEpoch,
  resolveWallTime,
  OCCURRENCES,
  type Occurrence,
  DATE_PATTERN,
  TIME_PATTERN,
  type WallTimeResult,
} from "./wall-time";
export { formatOffset, intlTimeZone, isValidTimeZone, listTimeZones, zoneOffsetMinutes } from "./zone";
export { canonicalZone } from "./zones/canonical";
export {
  daysLater,
  formatClock,
  formatClockRange,
  formatIsoInZone,
  formatRange,
  type PlusDays,
} from "./range";
