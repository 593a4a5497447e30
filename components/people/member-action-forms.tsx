"use client";

import { useState } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { controlClass } from "@/components/ui/styles";
import { FormField, useFieldError } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  banMembersAction,
  changeOwnerAction,
  markMembersAction,
  removeMembersAction,
  setMemberRoleAction,
  setNameCardAction,
  unbanMembersAction,
} from "@/lib/actions/people/actions";
import type { ActionFailure } from "@/lib/actions/result";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";
import {
  BAN_PRESET_MINUTES,
  banMembersSchema,
  changeOwnerSchema,
  marksInputSchema,
  memberRoleSchema,
  nameCardInputSchema,
  removeMembersSchema,
  unbanMembersSchema,
} from "@/lib/schemas/people";
import { MEMBER_LIMITS } from "@/lib/trtc/limits";
import { ConfirmDialog } from "./confirm-dialog";

export type MemberActionKind =
  "remove" | "ban" | "unban" | "makeAdmin" | "makeMember" | "nameCard" | "setMarks" | "clearMarks" | "owner";

export interface MemberActionProps {
  roomId: string;
  accounts: string[];
  /** The current owner, named in the make-owner warning. */
  owner?: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

type Sent = { ok: true; message: string } | ActionFailure;

/** One dialog's form: the shared schema first, then the action; done closes it and says what happened. */
function usePeopleForm<I extends FieldValues, O>(
  schema: z.ZodType<O, I>,
  defaultValues: DefaultValues<I>,
  send: (values: O) => Promise<Sent>,
  fields: string[],
  p: MemberActionProps,
) {
  const t = useT();
  const f = useActionForm({
    schema,
    defaultValues,
    send,
    isField: fieldsNamed(...fields),
    lostAnswer: t("people.lostAnswer"),
    onSuccess: (result) => {
      p.onDone(result.message);
      p.onClose();
    },
  });
  return f;
}

function Remove(p: MemberActionProps) {
  const t = useT();
  const { form, formError, pending, onSubmit } = usePeopleForm(
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
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
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

function Ban(p: MemberActionProps) {
  const t = useT();
  const [preset, setPreset] = useState<string>(String(BAN_PRESET_MINUTES[0]));
  const { form, formError, pending, onSubmit } = usePeopleForm(
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
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
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

function Unban(p: MemberActionProps) {
  const t = useT();
  const { form, formError, pending, onSubmit } = usePeopleForm(
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
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
      selectionError={useFieldError(form.control, "accounts")}
    />
  );
}

function Role({ role, ...p }: MemberActionProps & { role: "Admin" | "Member" }) {
  const t = useT();
  const { formError, pending, onSubmit } = usePeopleForm(
    memberRoleSchema,
    { roomId: p.roomId, account: p.accounts[0] ?? "", role },
    setMemberRoleAction,
    [],
    p,
  );
  return (
    <ConfirmDialog
      id="role"
      title={t(role === "Admin" ? "people.makeAdmin" : "people.makeMember")}
      accounts={p.accounts}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    />
  );
}

function NameCard(p: MemberActionProps) {
  const t = useT();
  const { form, formError, pending, onSubmit } = usePeopleForm(
    nameCardInputSchema,
    { roomId: p.roomId, account: p.accounts[0] ?? "", nameCard: "" },
    setNameCardAction,
    ["nameCard"],
    p,
  );
  return (
    <ConfirmDialog
      id="name-card"
      title={t("people.nameCardTitle")}
      accounts={p.accounts}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    >
      <FormField
        control={form.control}
        name="nameCard"
        id="member-name-card"
        label={t("people.nameCardLabel")}
        hint={t("people.nameCardHint")}
        maxBytes={MEMBER_LIMITS.nameCardMaxBytes}
        autoComplete="off"
      />
    </ConfirmDialog>
  );
}

function Marks({ mode, ...p }: MemberActionProps & { mode: "set" | "clear" }) {
  const t = useT();
  const { form, formError, pending, onSubmit } = usePeopleForm(
    marksInputSchema,
    { roomId: p.roomId, accounts: p.accounts, mode, marks: "" },
    markMembersAction,
    ["marks"],
    p,
  );
  return (
    <ConfirmDialog
      id="marks"
      title={t(mode === "set" ? "people.setMarks" : "people.clearMarks")}
      accounts={p.accounts}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
      selectionError={useFieldError(form.control, "accounts")}
    >
      <FormField
        control={form.control}
        name="marks"
        id="member-marks"
        label={t("people.marksLabel")}
        hint={t("people.marksHint")}
        autoComplete="off"
      />
    </ConfirmDialog>
  );
}

function Owner(p: MemberActionProps) {
  const t = useT();
  const { formError, pending, onSubmit } = usePeopleForm(
    changeOwnerSchema,
    { roomId: p.roomId, account: p.accounts[0] ?? "" },
    changeOwnerAction,
    [],
    p,
  );
  return (
    <ConfirmDialog
      id="owner"
      title={t("people.ownerTitle")}
      accounts={p.accounts}
      onSubmit={onSubmit}
      onClose={p.onClose}
      pending={pending}
      formError={formError}
    >
      {p.owner ? (
        <p className="text-sm text-slate-700">
          {t("people.ownerWarning", { from: p.owner, to: p.accounts[0] ?? "" })}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

export function MemberActionDialog({ kind, ...p }: MemberActionProps & { kind: MemberActionKind }) {
  switch (kind) {
    case "remove":
      return <Remove {...p} />;
    case "ban":
      return <Ban {...p} />;
    case "unban":
      return <Unban {...p} />;
    case "makeAdmin":
      return <Role role="Admin" {...p} />;
    case "makeMember":
      return <Role role="Member" {...p} />;
    case "nameCard":
      return <NameCard {...p} />;
    case "setMarks":
      return <Marks mode="set" {...p} />;
    case "clearMarks":
      return <Marks mode="clear" {...p} />;
    case "owner":
      return <Owner {...p} />;
  }
}
