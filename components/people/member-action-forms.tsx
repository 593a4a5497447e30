"use client";

import { FormField, useFieldError } from "@/components/ui/form-field";
import {
  changeOwnerAction,
  markMembersAction,
  setMemberRoleAction,
  setNameCardAction,
} from "@/lib/actions/people/actions";
import { useT } from "@/lib/i18n/use-t";
import {
  changeOwnerSchema,
  marksInputSchema,
  memberRoleSchema,
  nameCardInputSchema,
} from "@/lib/schemas/people";
import { MEMBER_LIMITS } from "@/lib/trtc/limits";
import { ConfirmDialog } from "./confirm-dialog";
import { Ban, Remove, Unban } from "./member-moderation-forms";
import { usePeopleForm, type MemberActionKind, type MemberActionProps } from "./people-form";

export type { MemberActionKind, MemberActionProps } from "./people-form";

/** The dialogs that change who a member is in the room (role, name card, marks, ownership), and the one switch over every kind. */

function Role({ role, ...p }: MemberActionProps & { role: "Admin" | "Member" }) {
  const t = useT();
  const { dialog } = usePeopleForm(
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
      {...dialog}
    />
  );
}

function NameCard(p: MemberActionProps) {
  const t = useT();
  const { form, dialog } = usePeopleForm(
    nameCardInputSchema,
    { roomId: p.roomId, account: p.accounts[0] ?? "", nameCard: "" },
    setNameCardAction,
    ["nameCard"],
    p,
  );
  return (
    <ConfirmDialog id="name-card" title={t("people.nameCardTitle")} accounts={p.accounts} {...dialog}>
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
  const { form, dialog } = usePeopleForm(
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
      {...dialog}
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
  const { dialog } = usePeopleForm(
    changeOwnerSchema,
    { roomId: p.roomId, account: p.accounts[0] ?? "" },
    changeOwnerAction,
    [],
    p,
  );
  return (
    <ConfirmDialog id="owner" title={t("people.ownerTitle")} accounts={p.accounts} {...dialog}>
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
