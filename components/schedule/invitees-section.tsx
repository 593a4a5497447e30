"use client";

import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useController, useFormState } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { describedBy, fieldIds } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { InviteeChips } from "./invitee-chips";
import { inviteeErrors, mergeInvitees } from "./invitee-list";
import { AccountSuggestions, UnknownInviteesNote } from "./known-accounts";
import { useT } from "@/lib/i18n/use-t";

const NAME = "invitees";
const MAX_SHOWN = 5;

/**
 * IDs typed or pasted as a list become chips on Enter, blur or paste. Invalid IDs stay as chips marked in
 * red, so the schema blocks the submit and the admin sees exactly which entry to fix; repeats are skipped
 * with a visible note rather than dropped silently.
 */
export function InviteesSection() {
  const t = useT();
  const { control, setValue } = useScheduleForm();
  const { field } = useController({ control, name: NAME });
  const { errors } = useFormState({ control, name: NAME });
  const [draft, setDraft] = useState("");
  const [skipped, setSkipped] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const id = fieldId(NAME);
  const ids = fieldIds(id);
  const list = field.value;
  const { root, byIndex } = inviteeErrors(errors.invitees);
  const messages = [root, ...byIndex.values()].filter((m): m is string => !!m);
  // A pasted list of bad IDs would otherwise bury the form; the chips still mark every one.
  const shown = messages.slice(0, MAX_SHOWN);

  const update = (next: string[]) =>
    setValue(NAME, next, { shouldValidate: true, shouldDirty: true, shouldTouch: true });

  function commit(text: string) {
    setDraft("");
    if (text.trim() === "") return;
    const { next, duplicates } = mergeInvitees(list, text);
    setSkipped(duplicates);
    update(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" || e.key === ",") {
      // Enter adds the typed IDs; it must not submit the form half-filled.
      e.preventDefault();
      commit(draft);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    e.preventDefault();
    commit(draft + e.clipboardData.getData("text"));
  }

  function remove(index: number) {
    update(list.filter((_, i) => i !== index));
    inputRef.current?.focus();
  }

  return (
    <FormSection title={t("field.invitees")} description={t("scheduleForm.inviteesDescription")}>
      <div className="space-y-2">
        <div className="flex items-baseline justify-between gap-3">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {t("scheduleForm.addInvitees")}{" "}
            <span className="font-normal text-slate-500">{t("scheduleForm.optional")}</span>
          </label>
          <span
            id={ids.counter}
            className={cx(
              "text-xs tabular-nums",
              list.length > ROOM_LIMITS.maxInvitees ? "font-semibold text-red-700" : "text-slate-500",
            )}
          >
            {list.length} / {ROOM_LIMITS.maxInvitees}
          </span>
        </div>
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t("scheduleForm.inviteesPlaceholder")}
          className={controlClass}
          value={draft}
          name={field.name}
          ref={(el) => {
            inputRef.current = el;
            field.ref(el);
          }}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => {
            commit(draft);
            field.onBlur();
          }}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={describedBy(id, { error: messages.length > 0, counter: true, hint: true })}
        />
        <p id={ids.hint} className="text-xs text-slate-500">
          {t("scheduleForm.inviteesHint", { max: ROOM_LIMITS.maxInvitees })}
        </p>
        {skipped.length > 0 ? (
          <p role="status" className="text-sm text-amber-800">
            {t("scheduleForm.skipped", { count: skipped.length, ids: skipped.join(", ") })}
          </p>
        ) : null}
        {messages.length > 0 ? (
          <div id={ids.error} className="space-y-0.5 text-sm text-red-700">
            {shown.map((message, i) => (
              <p key={i}>{message}</p>
            ))}
            {messages.length > shown.length ? (
              <p>{t("scheduleForm.andMore", { count: messages.length - shown.length })}</p>
            ) : null}
          </div>
        ) : null}
        <AccountSuggestions
          text={draft}
          exclude={list}
          onPick={(account) => {
            commit(account);
            inputRef.current?.focus();
          }}
        />
        <UnknownInviteesNote />
        <InviteeChips ids={list} invalid={byIndex} errorId={ids.error} onRemove={remove} />
      </div>
    </FormSection>
  );
}
