export { dstChangeOnDate, type OffsetChange } from "./dst";
export { formatDay, formatInZone, formatLocalInstant, nextQuarterHour } from "./format";
export {
  epochToWallTime,
  parseDate,
  parseTime,
  zonedWallTimeToEpoch,
  DATE_PATTERN,
  TIME_PATTERN,
  type WallTimeResult,
} from "./wall-time";
export { formatOffset, isValidTimeZone, listTimeZones, zoneOffsetMinutes } from "./zone";
export {
  daysLater,
  formatClock,
  formatClockRange,
  formatIsoInZone,
  formatRange,
  type PlusDays,
} from "./range";
