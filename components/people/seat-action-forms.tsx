"use client";

import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { kickOffSeatAction, lockSeatAction, pickOnSeatAction } from "@/lib/actions/people/actions";
import { fieldsNamed } from "@/lib/forms/server-errors";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/use-t";
import type { SeatView } from "@/lib/people/types";
import { kickSeatSchema, lockSeatSchema, pickSeatSchema } from "@/lib/schemas/people";
import { ConfirmDialog } from "./confirm-dialog";

export type SeatAction =
  | { kind: "pick"; seat: SeatView }
  | { kind: "kick"; seat: SeatView }
  | { kind: "lock"; seat: SeatView; flag: "taken" | "video" | "audio"; on: boolean };

interface Props {
  roomId: string;
  action: SeatAction;
  /** Members who may be put on a seat: in the room, not seated. */
  candidates: string[];
  onDone: (message: string) => void;
  onClose: () => void;
}

const common = (p: Props, t: Translate) => ({
  lostAnswer: t("people.lostAnswer"),
  onSuccess: (result: { message: string }) => {
    p.onDone(result.message);
    p.onClose();
  },
});

function Pick(p: Props & { seat: SeatView }) {
  const t = useT();
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: pickSeatSchema,
    defaultValues: { roomId: p.roomId, index: p.seat.index, account: p.candidates[0] ?? "" },
    send: pickOnSeatAction,
    isField: fieldsNamed("account"),
    ...common(p, t),
  });
  return (
    <ConfirmDialog
      id="seat-pick"
      title={t("seats.putOn", { index: p.seat.index })}
      accounts={[]}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    >
      <FormField
        as="select"
        control={form.control}
        name="account"
        id="seat-member"
        label={t("seats.memberLabel")}
      >
        {p.candidates.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </FormField>
    </ConfirmDialog>
  );
}

function Kick(p: Props & { seat: SeatView }) {
  const t = useT();
  const { formError, pending, onSubmit } = useActionForm({
    schema: kickSeatSchema,
    defaultValues: { roomId: p.roomId, account: p.seat.account },
    send: kickOffSeatAction,
    isField: fieldsNamed(),
    ...common(p, t),
  });
  return (
    <ConfirmDialog
      id="seat-kick"
      title={t("seats.takeOff", { account: p.seat.account })}
      accounts={[p.seat.account]}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    />
  );
}

const FLAG_FIELD = { taken: "forbidTaken", video: "forbidVideo", audio: "forbidAudio" } as const;
const FLAG_TITLE = {
  taken: ["seats.unlock", "seats.lock"],
  video: ["seats.unlockVideo", "seats.lockVideo"],
  audio: ["seats.unlockAudio", "seats.lockAudio"],
} as const;

function Lock(p: Props & { seat: SeatView; flag: "taken" | "video" | "audio"; on: boolean }) {
  const t = useT();
  const { formError, pending, onSubmit } = useActionForm({
    schema: lockSeatSchema,
    defaultValues: { roomId: p.roomId, index: p.seat.index, [FLAG_FIELD[p.flag]]: p.on },
    send: lockSeatAction,
    isField: fieldsNamed(),
    ...common(p, t),
  });
  const freesOccupant = p.flag === "taken" && p.on && p.seat.account !== "";
  return (
    <ConfirmDialog
      id="seat-lock"
      title={`${t(FLAG_TITLE[p.flag][p.on ? 1 : 0], { index: p.seat.index })} · ${t("seats.seat", { index: p.seat.index })}`}
      accounts={freesOccupant ? [p.seat.account] : []}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    >
      {freesOccupant ? (
        <p className="text-sm text-slate-700">{t("seats.lockOccupied", { account: p.seat.account })}</p>
      ) : null}
    </ConfirmDialog>
  );
}

export function SeatActionDialog(p: Props) {
  const a = p.action;
  if (a.kind === "pick") return <Pick {...p} seat={a.seat} />;
  if (a.kind === "kick") return <Kick {...p} seat={a.seat} />;
  return <Lock {...p} seat={a.seat} flag={a.flag} on={a.on} />;
}
