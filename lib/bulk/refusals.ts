import type { DecodeRefusal } from "./decode";
import type { MappingRefusal } from "./headers";
import type { SheetRefusal } from "./parse-sheet";

/** Why a sheet could not be read at all, for the dry run's 400/413 answer; worded by describeIntakeRefusal. */
export type IntakeRefusal =
  | { reason: DecodeRefusal }
  | SheetRefusal
  | MappingRefusal
  | { reason: "tooLarge"; bytes: number | null; max: number }
  | { reason: "notMultipart" }
  | { reason: "noSheet" }
  | { reason: "badMapping" }
  | { reason: "unknownZone"; zone: string };
