import type { InvalidQuery, ParsedQuery } from "@/lib/support/parse-query";
import type { Translate } from "./translate";

/** Why the support search box did not search, in the viewer's words (lib/support/parse-query.ts decides). */
export function queryRefusal(t: Translate, q: InvalidQuery): string {
  return t(`support.refused.${q.reason}`, q.values);
}

/** How the box read the text ("RequestId Id-…"), for the line under the search box. */
export function describeQuery(t: Translate, q: ParsedQuery): string {
  switch (q.kind) {
    case "empty":
      return t("support.qAll");
    case "requestId":
      return t("support.qRequestId", { value: q.value });
    case "requestIdPrefix":
      return t("support.qRequestIdPrefix", { value: q.value });
    case "errorCode":
      return t("support.qErrorCode", { value: String(q.value) });
    case "room":
      return t("support.qRoom", { value: q.value });
    case "actor":
      return t("support.qActor", { value: q.value });
    case "roomOrActor":
      return t("support.qRoomOrActor", { value: q.value });
    case "invalid":
      return queryRefusal(t, q);
  }
}
