"use client";

import { localizedResolver } from "@/components/ui/localized-resolver";
import { useT } from "@/lib/i18n/use-t";
import { unstable_rethrow } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Mode } from "react-hook-form";
import type { z } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { applyServerErrors, type FormFailure, type ServerErrorOptions } from "@/lib/forms/server-errors";
import { useSessionRecovery } from "./session-recovery";

export interface ActionFormOptions<
  I extends FieldValues,
  O,
  R extends { ok: true } | ActionFailure,
> extends ServerErrorOptions {
  /** The schema the server action parses (or one extending it): nothing it refuses is ever sent. */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  mode?: Mode;
  /** Calls the server action with the values the schema accepted. */
  send: (values: O) => Promise<R>;
  onSuccess?: (result: Extract<R, { ok: true }>, values: O) => void | Promise<void>;
  /** Shown when the server never answered; without it that error reaches the error page, as any other. */
  lostAnswer?: string;
}

/**
 * The one way a form talks to its server action: the shared schema checks in the browser first, the
 * server's field errors land on the fields, and anything else is one form-level alert. A redirect from
 * the action (sign-in) is Next's to follow, so it is never taken for a lost answer. A session that ran
 * out asks for sign-in over the page and then sends the same values (session-recovery.ts).
 */
export function useActionForm<I extends FieldValues, O, R extends { ok: true } | ActionFailure>(
  options: ActionFormOptions<I, O, R>,
) {
  const { schema, defaultValues, mode = "onTouched", send, onSuccess, lostAnswer, ...errorOptions } = options;
  const t = useT();
  const form = useForm<I, unknown, O>({ resolver: localizedResolver(schema, t), mode, defaultValues });
  const [formError, setFormError] = useState<FormFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const recovering = useSessionRecovery();
  // A double click submits twice before React re-renders the disabled button; the ref sees both.
  const inFlight = useRef(false);

  function sendChecked(values: O) {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(null);
    startTransition(async () => {
      try {
        const result = await recovering(() => send(values));
        if (result.ok) await onSuccess?.(result as Extract<R, { ok: true }>, values);
        else setFormError(applyServerErrors(result as ActionFailure, form.setError, errorOptions));
      } catch (error) {
        unstable_rethrow(error);
        if (lostAnswer === undefined) throw error;
        setFormError({ message: lostAnswer });
      } finally {
        inFlight.current = false;
      }
    });
  }

  return {
    form,
    formError,
    pending,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void form.handleSubmit(sendChecked)(event),
  };
}
