import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/use-t";

interface InviteeChipsProps {
  ids: string[];
  /** Messages by index, for entries the schema refused. */
  invalid: Map<number, string>;
  errorId: string;
  onRemove(index: number): void;
}

export function InviteeChips({ ids, invalid, errorId, onRemove }: InviteeChipsProps) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <ul aria-label={t("field.invitees")} className="flex max-h-48 flex-wrap gap-2 overflow-y-auto py-1">
      {ids.map((id, index) => {
        const bad = invalid.has(index);
        return (
          <li
            key={`${index}:${id}`}
            className={cx(
              "inline-flex items-center gap-1 rounded-full py-0.5 pr-1 pl-3 text-sm ring-1",
              bad ? "bg-red-50 text-red-800 ring-red-300" : "bg-slate-100 text-slate-800 ring-slate-200",
            )}
          >
            <span className="font-mono">{id}</span>
            {bad ? <span className="sr-only">{t("scheduleForm.invalidMark")}</span> : null}
            <button
              type="button"
              aria-label={t("scheduleForm.removeInvitee", { id })}
              aria-describedby={bad ? errorId : undefined}
              onClick={() => onRemove(index)}
              className={cx(
                "rounded-full px-1.5 leading-5 hover:bg-slate-200",
                focusRing,
                "focus-visible:ring-offset-0",
              )}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
