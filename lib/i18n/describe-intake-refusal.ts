import { columnByKey, columnLetter } from "@/lib/bulk/columns";
import type { IntakeRefusal } from "@/lib/bulk/refusals";
import type { Translate } from "./translate";

type Key = Parameters<Translate>[0];

const MB = 1024 * 1024;

/** A sheet the dry run could not read, in one sentence of the caller's language naming the part and the limit. */
export function describeIntakeRefusal(t: Translate, refusal: IntakeRefusal): string {
  switch (refusal.reason) {
    case "tooLarge":
      return refusal.bytes === null
        ? t("bulk.refusal.tooLarge", { max: refusal.max, maxMb: refusal.max / MB })
        : t("bulk.refusal.tooLargeKnown", {
            bytes: refusal.bytes,
            max: refusal.max,
            maxMb: refusal.max / MB,
          });
    case "tooManyRows":
      return t("bulk.refusal.tooManyRows", { rows: refusal.rows, max: refusal.max });
    case "unclosedQuote":
      return t("bulk.refusal.unclosedQuote", { row: refusal.row });
    case "unknownZone":
      return t("bulk.refusal.unknownZone", { zone: refusal.zone });
    case "mappingLength":
      return t("bulk.refusal.mappingLength", { columns: refusal.columns, given: refusal.given });
    case "mappedTwice":
      return t("bulk.refusal.mappedTwice", {
        first: columnLetter(refusal.indexes[0]),
        second: columnLetter(refusal.indexes[1]),
        label: t(columnByKey(refusal.column).label as Key),
      });
    default:
      return t(`bulk.refusal.${refusal.reason}` as Key);
  }
}
