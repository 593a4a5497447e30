import type { FieldChange } from "@/lib/meetings/types";
import { ROOM_FIELDS, ROOM_WIRE_NAMES, INVITEES_FIELD, wireNameOf } from "@/lib/trtc/room-fields";
import type { Translate } from "./translate";

/** Form path → the catalog key of its label, from the room-field table: one label per field, every form. */
const LABEL_OF_PATH = new Map<string, string>([
  ...ROOM_WIRE_NAMES.flatMap((w): [string, string][] => {
    const spec = ROOM_FIELDS[w];
    return spec.formPath ? [[spec.formPath, spec.label]] : [];
  }),
  [INVITEES_FIELD.formPath, "field.invitees"],
  // The edit form holds the seat mode at the top level.
  ["takeSeatMode", ROOM_FIELDS[wireNameOf("takeSeatMode")].label],
]);

export function fieldLabel(t: Translate, formPath: string): string {
  const key = LABEL_OF_PATH.get(formPath);
  return key ? t(key as Parameters<Translate>[0]) : formPath;
}

function changeValue(t: Translate, field: string, v: FieldChange["from"]): string {
  if (typeof v === "boolean") return v ? t("change.yes") : t("change.no");
  if (v === null) return field === "maxMemberCount" ? t("change.packageDefault") : t("change.empty");
  if (v === "") return t("change.empty");
  return String(v);
}

/** "Meeting name", "Old", "New": one change as the confirm step and the result list it. */
export function describeChange(t: Translate, c: FieldChange): { label: string; from: string; to: string } {
  return {
    label: fieldLabel(t, c.field),
    from: changeValue(t, c.field, c.from),
    to: changeValue(t, c.field, c.to),
  };
}
