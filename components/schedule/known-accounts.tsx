"use client";

import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";
import { accountsOptions } from "@/lib/queries/accounts";
import { useScheduleForm } from "./form-context";

/**
 * Suggestions for the owner and invitee fields from the accounts Roomdesk imported (the Accounts page).
 * An account not among them is only a warning: it may have been imported by another tool, and Tencent
 * is the one that knows (docs/trtc-api.md §1.3, §2.17). Buttons beside the field rather than a datalist,
 * so the fields keep their role and behaviour.
 */

const MAX_SUGGESTIONS = 5;

function useKnown(): string[] | null {
  const q = useQuery(accountsOptions());
  return q.data ? q.data.map((a) => a.userId) : null;
}

/** Imported accounts starting with what is typed (never the exact text, never one already chosen). */
export function AccountSuggestions(props: {
  text: string;
  exclude?: string[];
  onPick: (account: string) => void;
}) {
  const t = useT();
  const known = useKnown();
  const text = props.text.trim();
  if (!known || text === "") return null;
  const matches = known
    .filter((a) => a.startsWith(text) && a !== text && !props.exclude?.includes(a))
    .slice(0, MAX_SUGGESTIONS);
  if (matches.length === 0) return null;
  return (
    <ul aria-label={t("accounts.suggestions")} className="flex flex-wrap gap-1">
      {matches.map((a) => (
        <li key={a}>
          <Button
            size="sm"
            variant="secondary"
            aria-label={t("accounts.suggest", { account: a })}
            // Keeps focus in the field, so its blur does not first add the half-typed text.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(a)}
          >
            {a}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** Said only once Roomdesk has imported accounts at all: before that, every account would be "unknown". */
export function OwnerAccountHelp() {
  const t = useT();
  const { control, setValue } = useScheduleForm();
  const owner = useWatch({ control, name: "owner" }) ?? "";
  const known = useKnown();
  const unknown = !!known && known.length > 0 && owner !== "" && !known.includes(owner);
  return (
    <>
      <AccountSuggestions
        text={owner}
        onPick={(a) => setValue("owner", a, { shouldValidate: true, shouldDirty: true, shouldTouch: true })}
      />
      {unknown ? <p className="text-sm text-amber-800">{t("accounts.unknownOwner")}</p> : null}
    </>
  );
}

export function UnknownInviteesNote() {
  const t = useT();
  const { control } = useScheduleForm();
  const invitees = useWatch({ control, name: "invitees" });
  const known = useKnown();
  if (!known || known.length === 0) return null;
  const unknown = (invitees ?? []).filter((id) => !known.includes(id)).length;
  if (unknown === 0) return null;
  return <p className="text-sm text-amber-800">{t("accounts.unknownInvitees", { count: unknown })}</p>;
}
