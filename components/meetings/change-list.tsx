import { describeChange } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import type { FieldChange } from "@/lib/meetings/types";

/** The confirm step: each field that will change, old → new. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  return (
    <ul
      aria-label="Changes to save"
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
    >
      {changes.map((change) => {
        const c = describeChange(translator(), change);
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
