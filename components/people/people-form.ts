"use client";

import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionFailure } from "@/lib/actions/result";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

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

export type Sent = { ok: true; message: string } | ActionFailure;

/** One dialog's form: the shared schema first, then the action; done closes it and says what happened. */
export function usePeopleForm<I extends FieldValues, O>(
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
  /** What every member dialog hands its ConfirmDialog. */
  const dialog = { onSubmit: f.onSubmit, onClose: p.onClose, pending: f.pending, formError: f.formError };
  return { ...f, dialog };
}
