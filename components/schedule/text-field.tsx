"use client";

import type { ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { ByteCounter } from "@/components/ui/byte-counter";
import { cx } from "@/components/ui/cx";
import { describedBy, Field, fieldIds } from "@/components/ui/field";
import { controlClass } from "@/components/ui/styles";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";

type TextPath = "roomName" | "roomId" | "owner" | "customInfo";

interface TextFieldProps {
  name: TextPath;
  label: string;
  maxBytes: number;
  hint?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  /** IDs are not words; only free text gets the spell checker. */
  spellCheck?: boolean;
  /** A control beside the input, e.g. "Regenerate". */
  action?: ReactNode;
  className?: string;
}

function LiveByteCounter({ name, id, max }: { name: TextPath; id: string; max: number }) {
  const { control } = useScheduleForm();
  const value = useWatch({ control, name });
  return <ByteCounter id={id} value={value ?? ""} max={max} />;
}

/** A byte-limited text field: label, live UTF-8 counter, hint and inline error, all linked for screen readers. */
export function TextField(props: TextFieldProps) {
  const { name, label, maxBytes, hint, optional, multiline, placeholder, spellCheck = false, action } = props;
  const { register } = useScheduleForm();
  const error = useFieldError(name);
  const id = fieldId(name);
  const control = {
    id,
    placeholder,
    spellCheck,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, { error: !!error, counter: true, hint: !!hint }),
    ...register(name),
  };
  return (
    <Field
      id={id}
      label={label}
      optional={optional}
      hint={hint}
      error={error}
      className={props.className}
      aside={<LiveByteCounter name={name} id={fieldIds(id).counter} max={maxBytes} />}
    >
      {multiline ? (
        <textarea rows={4} className={cx(controlClass, "font-mono")} {...control} />
      ) : (
        <div className="flex gap-2">
          <input type="text" autoComplete="off" className={controlClass} {...control} />
          {action}
        </div>
      )}
    </Field>
  );
}
