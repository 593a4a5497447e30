"use client";

import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { translator } from "@/lib/i18n/translate";
import { accountsOptions } from "@/lib/queries/accounts";
import { useScheduleForm } from "./form-context";

/**
 * Suggestions for the owner and invitee fields from the accounts Roomdesk imported (the Accounts page).
 * An account not among them is only a warning: it may have been imported by another tool, and Tencent
 * is the one that knows (docs/trtc-api.md §1.3, §2.17).
 */
export const KNOWN_ACCOUNTS_LIST = "known-accounts";

const t = translator();

function useKnown(): Set<string> | null {
  const q = useQuery(accountsOptions());
  return q.data ? new Set(q.data.map((a) => a.userId)) : null;
}

export function KnownAccountsList() {
  const q = useQuery(accountsOptions());
  return (
    <datalist id={KNOWN_ACCOUNTS_LIST}>
      {(q.data ?? []).map((a) => (
        <option key={a.userId} value={a.userId}>
          {a.nick || a.userId}
        </option>
      ))}
    </datalist>
  );
}

/** Said only once Roomdesk has imported accounts at all: before that, every account would be "unknown". */
export function UnknownOwnerNote() {
  const { control } = useScheduleForm();
  const owner = useWatch({ control, name: "owner" });
  const known = useKnown();
  if (!known || known.size === 0 || !owner || known.has(owner)) return null;
  return <p className="text-sm text-amber-800">{t("accounts.unknownOwner")}</p>;
}

export function UnknownInviteesNote() {
  const { control } = useScheduleForm();
  const invitees = useWatch({ control, name: "invitees" });
  const known = useKnown();
  if (!known || known.size === 0) return null;
  const unknown = (invitees ?? []).filter((id) => !known.has(id)).length;
  if (unknown === 0) return null;
  return <p className="text-sm text-amber-800">{t("accounts.unknownInvitees", { count: unknown })}</p>;
}
