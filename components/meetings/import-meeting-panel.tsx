"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { importMeetingAction } from "@/lib/actions/import-meeting";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { meetingKeys } from "@/lib/queries/meetings";
import { importMeetingSchema } from "@/lib/schemas/import-meeting";
import { canonicalZone } from "@/lib/time";
import { ImportZoneField } from "./import-zone-field";
import { useT } from "@/lib/i18n/use-t";

/** Brings a room created elsewhere into the index; the zone is asked for because Tencent keeps only seconds. */
export function ImportMeetingPanel({ defaultZone }: { defaultZone: string | null }) {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  // `?import=<RoomId>`: the schedule form's "import it" link for a Room ID the admin account already owns.
  const params = useSearchParams();
  const [initialRoomId] = useState(() => (params.get("import") ?? "").slice(0, 64));
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: importMeetingSchema,
    defaultValues: { roomId: initialRoomId, timeZone: canonicalZone(defaultZone ?? "UTC") },
    send: (values) => importMeetingAction(values),
    isField: fieldsNamed("roomId", "timeZone"),
    lostAnswer: t("form.noServerAnswer"),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      router.push(`/meetings/${encodeURIComponent(result.roomId)}`);
    },
  });
  const { control, formState, getFieldState, resetField } = form;
  const roomIdRefused = !!formState.errors.roomId;

  // The viewer's zone is known only after hydration; a zone the admin picked already is kept.
  useEffect(() => {
    if (defaultZone && !getFieldState("timeZone").isDirty)
      resetField("timeZone", { defaultValue: canonicalZone(defaultZone) });
  }, [defaultZone, getFieldState, resetField]);

  return (
    <details
      className="rounded-xl border border-slate-200 bg-white p-6"
      open={initialRoomId !== "" || undefined}
    >
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {t("meetings.importSummary")}
      </summary>
      <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        <p className="text-sm text-slate-500">{t("meetings.importIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={control}
            name="roomId"
            id="import-room-id"
            label={fieldLabel(t, "roomId")}
            autoComplete="off"
          />
          <ImportZoneField control={control} />
        </div>
        {/* A refusal about the Room ID is said beside it; Tencent's own answer would only repeat it here. */}
        {roomIdRefused ? null : <FormAlert error={formError} title={t("meetings.notImported")} />}
        <Button type="submit" disabled={pending}>
          {pending ? t("meetings.importing") : t("meetings.importRoom")}
        </Button>
      </form>
    </details>
  );
}
