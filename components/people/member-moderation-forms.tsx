"use client";

import { useState } from "react";
import { controlClass } from "@/components/ui/styles";
import { FormField, useFieldError } from "@/components/ui/form-field";
import { banMembersAction, removeMembersAction, unbanMembersAction } from "@/lib/actions/people/actions";
import { useT } from "@/lib/i18n/use-t";
import {
  BAN_PRESET_MINUTES,
  banMembersSchema,
  removeMembersSchema,
  unbanMembersSchema,
} from "@/lib/schemas/people";
import { MEMBER_LIMITS } from "@/lib/trtc/limits";
import { ConfirmDialog } from "./confirm-dialog";
import { usePeopleForm, type MemberActionProps } from "./people-form";

/** The dialogs that take people out of the room: remove, ban for a while, and unban. */

export function Remove(p: MemberActionProps) {
  const t = useT();
  const { form, dialog } = usePeopleForm(
    removeMembersSchema,
    { roomId: p.roomId, accounts: p.accounts, reason: "" },
    removeMembersAction,
    ["reason"],
    p,
  );
  return (
    <ConfirmDialog
      id="remove"
      title={t("people.removeTitle")}
      accounts={p.accounts}
      {...dialog}
      selectionError={useFieldError(form.control, "accounts")}
      danger
    >
      <FormField
        as="textarea"
        control={form.control}
        name="reason"
        id="member-reason"
        label={t("people.reasonLabel")}
        hint={t("people.reasonHint")}
        maxBytes={MEMBER_LIMITS.reasonMaxBytes}
        rows={3}
      />
    </ConfirmDialog>
  );
}

export function Ban(p: MemberActionProps) {
  const t = useT();
  const [preset, setPreset] = useState<string>(String(BAN_PRESET_MINUTES[0]));
  const { form, dialog } = usePeopleForm(
    banMembersSchema,
    { roomId: p.roomId, accounts: p.accounts, reason: "", minutes: BAN_PRESET_MINUTES[0] },
    banMembersAction,
    ["reason", "minutes"],
    p,
  );
  return (
    <ConfirmDialog
      id="ban"
      title={t("people.banTitle")}
      accounts={p.accounts}
      {...dialog}
      selectionError={useFieldError(form.control, "accounts")}
      danger
    >
      <FormField
        as="textarea"
        control={form.control}
        name="reason"
        id="member-reason"
        label={t("people.reasonLabel")}
        hint={t("people.reasonHint")}
        maxBytes={MEMBER_LIMITS.reasonMaxBytes}
        rows={3}
      />
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        <span>{t("people.durationLabel")}</span>
        <select
          className={controlClass}
          value={preset}
          onChange={(e) => {
            setPreset(e.target.value);
            if (e.target.value !== "custom") form.setValue("minutes", Number(e.target.value));
          }}
        >
          {BAN_PRESET_MINUTES.map((m) => (
            <option key={m} value={String(m)}>
              {t("people.durationPreset", { minutes: m })}
            </option>
          ))}
          <option value="custom">{t("people.durationCustom")}</option>
        </select>
      </label>
      {preset === "custom" ? (
        <FormField
          control={form.control}
          name="minutes"
          id="ban-minutes"
          type="number"
          min={1}
          label={t("people.customMinutesLabel")}
          rules={{ valueAsNumber: true }}
        />
      ) : null}
    </ConfirmDialog>
  );
}

export function Unban(p: MemberActionProps) {
  const t = useT();
  const { form, dialog } = usePeopleForm(
    unbanMembersSchema,
    { roomId: p.roomId, accounts: p.accounts },
    unbanMembersAction,
    [],
    p,
  );
  return (
    <ConfirmDialog
      id="unban"
      title={t("people.unbanTitle")}
      accounts={p.accounts}
      {...dialog}
      selectionError={useFieldError(form.control, "accounts")}
    />
  );
}
