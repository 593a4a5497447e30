"use client";

import { useCallback, useMemo, type Ref } from "react";
import { Combobox } from "@/components/ui/combobox";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { canonicalZone } from "@/lib/time";
import { browserZone } from "./browser-zone";
import { readRecentZones, rememberZone } from "./recent-zones";
import { preferredZones, zoneIndexCache, zoneOptions } from "./zone-options";

interface ZonePickerProps {
  id: string;
  value: string;
  onChange(zone: string): void;
  onBlur?(): void;
  inputRef?: Ref<HTMLInputElement>;
  /** The meeting's date (YYYY-MM-DD): offsets are shown and searched as they are that day. */
  date: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/**
 * The one time zone picker (schedule form, Import): current IANA names, found by city, country, old name,
 * abbreviation or offset, with the viewer's zone, recent and common zones first.
 */
export function ZonePicker({ value, onChange, date, ...rest }: ZonePickerProps) {
  const t = useT();
  const locale = useViewerLocale();
  const indexFor = useMemo(() => zoneIndexCache(), []);
  // Read when the list opens (browser only), so the server render never depends on storage.
  const preferred = useCallback(() => preferredZones(browserZone(), readRecentZones()), []);
  const getOptions = useCallback(
    () => zoneOptions(indexFor(date, locale), "", preferred(), t),
    [indexFor, date, locale, preferred, t],
  );
  const search = useCallback(
    (query: string) => zoneOptions(indexFor(date, locale), query, preferred(), t),
    [indexFor, date, locale, preferred, t],
  );
  const choose = useCallback(
    (zone: string) => {
      rememberZone(zone);
      onChange(zone);
    },
    [onChange],
  );

  return (
    <Combobox
      {...rest}
      listLabel={t("scheduleForm.timeZones")}
      placeholder={t("zones.placeholder")}
      value={canonicalZone(value)}
      onChange={choose}
      getOptions={getOptions}
      search={search}
      resultsLabel={(count) => t("zones.found", { count })}
    />
  );
}
