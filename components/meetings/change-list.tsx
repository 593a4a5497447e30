import { describeChange } from "@/lib/i18n/field-labels";
import type { FieldChange } from "@/lib/meetings/types";
import { useT } from "@/lib/i18n/use-t";

/** The confirm step: each field that will change, old → new. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  const t = useT();
  return (
    <ul
      aria-label={t("meetings.changesToSave")}
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {changes.map((change) => {
        const c = describeChange(t, change);
        return (
          <li key={change.field} className="px-4 py-2 text-sm">
            <span className="font-medium text-slate-900">{c.label}:</span>{" "}
            <span className="text-slate-500 line-through">{c.from}</span> →{" "}
            <span className="text-slate-900">{c.to}</span>
          </li>
        );
      })}
    </ul>
  );
}
