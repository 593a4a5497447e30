"use client";

import { useWatch } from "react-hook-form";
import { Switch } from "@/components/ui/switch";
import type { Translate } from "@/lib/i18n/translate";
import { ROOM_FIELDS, SWITCH_KEYS, wireNameOf, type RoomFieldSpec } from "@/lib/trtc/room-fields";
import { CollapsibleSection } from "./collapsible-section";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { settingsSummary } from "./section-summaries";
import { useT } from "@/lib/i18n/use-t";

type CatalogKey = Parameters<Translate>[0];

/** The "disable for all" switches, in the room-field table's order, labelled from the table's catalog keys. */
export function RoomSettingsSection() {
  const { register, control } = useScheduleForm();
  const t = useT();
  const settings = useWatch({ control, name: "settings" });
  return (
    <CollapsibleSection
      title={t("settingsSection.title")}
      description={t("settingsSection.description")}
      summary={settingsSummary(t, settings)}
      paths={["settings"]}
    >
      {SWITCH_KEYS.map((key) => {
        const { label, hint }: RoomFieldSpec = ROOM_FIELDS[wireNameOf(key)];
        const path = `settings.${key}` as const;
        return (
          <Switch
            key={key}
            id={fieldId(path)}
            label={t(label as CatalogKey)}
            description={hint ? t(hint as CatalogKey) : undefined}
            {...register(path)}
          />
        );
      })}
    </CollapsibleSection>
  );
}
