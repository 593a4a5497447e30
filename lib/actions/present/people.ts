import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { PeopleWriteOutcome } from "@/lib/server/people/writes";
import type { ActionResult } from "../result";
import { failure, upstreamFailure } from "./meetings";

/** What the People and Seats tabs show after a write: the people it named and Tencent's RequestId. */
export type PeopleActionResult = ActionResult<{ message: string; requestId: string }>;

export type PeopleVerb =
  "remove" | "ban" | "unban" | "role" | "nameCard" | "marks" | "owner" | "pick" | "kickSeat" | "lock";

export function presentPeopleWrite(
  t: Translate,
  verb: PeopleVerb,
  o: PeopleWriteOutcome,
): PeopleActionResult {
  switch (o.kind) {
    case "done":
      return {
        ok: true,
        requestId: o.requestId,
        message: t(`people.done.${verb}`, { names: o.accounts.join(", "), requestId: o.requestId }),
      };
    case "failed":
      return upstreamFailure(t, o.failure);
    case "no-owner":
      return failure("no-owner", t("people.error.noOwner"), o.requestId);
  }
}
