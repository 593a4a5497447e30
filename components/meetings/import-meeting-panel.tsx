"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/styles";
import { importMeetingAction } from "@/lib/actions/import-meeting";
import type { ActionFailure } from "@/lib/actions/result";
import { meetingKeys } from "@/lib/queries/meetings";
import { listTimeZones } from "@/lib/time";

/** Brings a room created elsewhere into the index; the zone is asked for because Tencent keeps only seconds. */
export function ImportMeetingPanel({ defaultZone }: { defaultZone: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  // `?import=<RoomId>`: the schedule form's "import it" link for a Room ID the admin account already owns.
  const params = useSearchParams();
  const [roomId, setRoomId] = useState(() => (params.get("import") ?? "").slice(0, 64));
  const [openAtStart] = useState(roomId !== "");
  const [zone, setZone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const timeZone = zone ?? defaultZone ?? "UTC";

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    try {
      const result = await importMeetingAction({ roomId, timeZone });
      if (!result.ok) return setFailure(result);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      router.push(`/meetings/${encodeURIComponent(result.roomId)}`);
    } catch {
      setFailure({
        ok: false,
        error: { code: "network", message: "Roomdesk's server did not answer.", requestId: null },
      });
    } finally {
      setPending(false);
    }
  }

  const roomIdError = failure?.fieldErrors?.roomId?.[0];
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-6" open={openAtStart || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        Import a room by Room ID
      </summary>
      <form onSubmit={(e) => void submit(e)} className="mt-4 space-y-4" noValidate>
        <p className="text-sm text-slate-500">
          For rooms created outside Roomdesk. Roomdesk reads the room from Tencent (get_room_info); invitees
          are not available there.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="import-room-id" label="Room ID" error={roomIdError}>
            <input
              id="import-room-id"
              value={roomId}
              onChange={(e) => setRoomId(e.target.value)}
              className={controlClass}
              aria-invalid={roomIdError ? true : undefined}
              aria-describedby={roomIdError ? "import-room-id-error" : undefined}
              autoComplete="off"
            />
          </Field>
          <Field
            id="import-zone"
            label="Planned in time zone"
            hint="Tencent stores only the instant, not the zone."
          >
            <select
              id="import-zone"
              value={timeZone}
              onChange={(e) => setZone(e.target.value)}
              className={controlClass}
              aria-describedby="import-zone-hint"
            >
              {/* The full list only in the browser: server and browser ICU data may list different zones. */}
              {(defaultZone ? listTimeZones() : [timeZone]).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {failure?.error && !roomIdError ? (
          <Alert tone="error" title="The room was not imported.">
            {failure.error.message}
          </Alert>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import room"}
        </Button>
      </form>
    </details>
  );
}
