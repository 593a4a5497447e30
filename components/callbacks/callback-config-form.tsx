"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteCallbackConfigAction, saveCallbackConfigAction } from "@/lib/actions/callbacks/actions";
import { callbackUrlWarnings } from "@/lib/callbacks/url-warnings";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";
import { CALLBACK_URL_MAX, callbackConfigSchema } from "@/lib/schemas/callback-config";
import { CALLBACK_COMMAND_NAMES, type CallbackCommand } from "@/lib/trtc/callbacks";
import { CALLBACK_COMMAND_KEYS } from "@/lib/i18n/callback-command-keys";

interface Props {
  current: { url: string; commands: CallbackCommand[] } | null;
  expected: { url: string; guessed: boolean };
}

function registrationValues(url: string, commands: string) {
  return {
    url,
    commands:
      url !== "" ? (commands.split(",").filter(Boolean) as CallbackCommand[]) : [...CALLBACK_COMMAND_NAMES],
    exists: url !== "",
  };
}

/** Registers, changes or removes the callback URL; every call goes to Tencent through the audited client. */
export function CallbackConfigForm({ current, expected }: Props) {
  const t = useT();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const heldUrl = current?.url ?? "";
  const heldCommands = current?.commands.join(",") ?? "";
  const exists = heldUrl !== "";
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: callbackConfigSchema,
    defaultValues: registrationValues(heldUrl, heldCommands),
    send: saveCallbackConfigAction,
    isField: fieldsNamed("url", "commands"),
    lostAnswer: t("people.lostAnswer"),
    onSuccess: (result) => {
      setDone(result.message);
      router.refresh();
    },
  });
  // What Tencent holds changed (saved, removed, changed elsewhere): the form starts from it again. The form
  // stays mounted, so the confirmation of what was just done stays on screen.
  useEffect(() => {
    form.reset(registrationValues(heldUrl, heldCommands));
  }, [form, heldUrl, heldCommands]);
  const url = useWatch({ control: form.control, name: "url" }) ?? "";
  const warnings = url.trim() ? callbackUrlWarnings(url.trim(), expected.guessed ? null : expected.url) : [];
  const commandError = form.formState.errors.commands;

  return (
    <div className="space-y-6">
      <section aria-labelledby="expected-url" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="expected-url" className="text-lg font-semibold">
          {t("callbacks.expectedHeading")}
        </h2>
        <p className="mt-2 font-mono text-sm break-all" data-testid="expected-url">
          {expected.url}
        </p>
        {expected.guessed ? (
          <p className="mt-1 text-sm text-slate-500">{t("callbacks.expectedGuess")}</p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() => form.setValue("url", expected.url, { shouldDirty: true, shouldValidate: true })}
          >
            {t("callbacks.useExpected")}
          </Button>
          <CopyButton text={expected.url} label={t("callbacks.copyExpected")} />
        </div>
      </section>

      <form
        onSubmit={(e) => {
          // A confirmation belongs to the last save: a new attempt clears it, so it never sits beside an error.
          setDone(null);
          return onSubmit(e);
        }}
        noValidate
        aria-label={t("callbacks.formHeading")}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      >
        <h2 className="text-lg font-semibold">{t("callbacks.formHeading")}</h2>
        {done ? (
          <Alert tone="info" role="status">
            {done}
          </Alert>
        ) : null}
        <FormAlert error={formError} />
        <FormField
          control={form.control}
          name="url"
          id="callback-url"
          label={t("callbacks.url")}
          hint={t("callbacks.urlHint", { max: CALLBACK_URL_MAX })}
          autoComplete="off"
          spellCheck={false}
        />
        {warnings.length > 0 ? (
          <Alert tone="warning" role="status">
            <ul className="list-disc space-y-1 pl-5">
              {warnings.map((w) => (
                <li key={w}>{t(`callbacks.warning.${w}`, { expected: expected.url })}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <fieldset className="space-y-2" aria-invalid={commandError ? true : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("callbacks.commandsLegend")}</legend>
          {CALLBACK_COMMAND_NAMES.map((name) => (
            <label key={name} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={name} {...form.register("commands")} className="mt-1" />
              <span>
                {t(`callbacks.command.${CALLBACK_COMMAND_KEYS[name]}`)}
                <span className="block font-mono text-xs text-slate-500">{name}</span>
              </span>
            </label>
          ))}
          {commandError?.message ? (
            <p role="alert" className="text-sm text-red-700">
              {commandError.message}
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {t(pending ? "callbacks.saving" : "callbacks.save")}
          </Button>
        </div>
      </form>
      {exists ? <RemoveRegistration onDone={(m) => (setDone(m), router.refresh())} /> : null}
    </div>
  );
}

function RemoveRegistration({ onDone }: { onDone: (message: string) => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const remove = () =>
    start(async () => {
      const result = await deleteCallbackConfigAction({ confirm: true });
      if (result.ok) {
        setAsking(false);
        onDone(result.message);
      } else setError(result.error?.message ?? t("people.lostAnswer"));
    });
  return (
    <section className="rounded-xl border border-red-200 bg-white p-6">
      {error ? (
        <Alert tone="error" className="mb-3">
          {error}
        </Alert>
      ) : null}
      {asking ? (
        <div role="alertdialog" aria-label={t("callbacks.remove")} className="space-y-3">
          <p className="text-sm">{t("callbacks.removeConfirm")}</p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={pending} onClick={remove}>
              {t("callbacks.removeYes")}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t("callbacks.removeNo")}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="dangerOutline" onClick={() => setAsking(true)}>
          {t("callbacks.remove")}
        </Button>
      )}
    </section>
  );
}
