"use client";

import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/schedule/field-paths";
import { FormSection } from "@/components/ui/form-section";
import { Switch } from "@/components/ui/switch";
import { useT } from "@/lib/i18n/use-t";
import { SERIES_LIMITS } from "@/lib/series/limits";
import { RepeatRuleFields } from "./repeat-rule-fields";
import { useSeriesForm } from "./series-form-context";
import { SeriesPreview } from "./series-preview";

/** The schedule form's Repeat part: off is one meeting; on, a series of rooms made as one job. */
export function RepeatSection() {
  const t = useT();
  const { register, control } = useSeriesForm();
  const enabled = useWatch({ control, name: "repeat.enabled" });
  return (
    <FormSection title={t("series.repeatTitle")} description={t("series.repeatDescription")}>
      <Switch
        id={fieldId("repeat.enabled")}
        label={t("series.repeatSwitch")}
        description={t("series.roomIdNote", { max: SERIES_LIMITS.roomIdBaseMaxBytes })}
        {...register("repeat.enabled")}
      />
      {enabled ? (
        <>
          <RepeatRuleFields />
          <SeriesPreview />
        </>
      ) : null}
    </FormSection>
  );
}
