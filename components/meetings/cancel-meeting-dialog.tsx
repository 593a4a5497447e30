"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { cancelMeetingAction } from "@/lib/actions/cancel-meeting";
import { meetingKeys } from "@/lib/queries/meetings";

/** destroy_room cannot be undone, so the admin types the meeting's name before the button wakes up. */
export function CancelMeetingDialog({ roomId, roomName }: { roomId: string; roomName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pending || typed.trim() !== roomName) return;
    setPending(true);
    setError(null);
    try {
      const result = await cancelMeetingAction({ roomId, confirmName: typed });
      if (!result.ok)
        return setError(result.fieldErrors?.confirmName?.[0] ?? result.error?.message ?? "Not cancelled.");
      dialog.current?.close();
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    } catch {
      setError("Roomdesk's server did not answer. Reload to see whether the meeting was cancelled.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button variant="secondary" className="text-red-700" onClick={() => dialog.current?.showModal()}>
        Cancel meeting
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="cancel-title"
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={(e) => void submit(e)} className="space-y-4">
          <h2 id="cancel-title" className="text-lg font-semibold text-slate-900">
            Cancel “{roomName}”?
          </h2>
          <p className="text-sm text-slate-600">
            Tencent destroys room <span className="font-mono">{roomId}</span>: nobody can join it any more,
            and this cannot be undone. Calendar files downloaded afterwards carry the cancellation.
          </p>
          <div className="space-y-1.5">
            <label htmlFor="cancel-confirm" className="text-sm font-medium text-slate-800">
              Type the meeting name to confirm
            </label>
            <input
              id="cancel-confirm"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              className={controlClass}
            />
          </div>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => dialog.current?.close()}>
              Keep meeting
            </Button>
            <Button
              type="submit"
              className="bg-red-700 hover:bg-red-800"
              disabled={pending || typed.trim() !== roomName}
            >
              {pending ? "Cancelling…" : "Cancel meeting"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
