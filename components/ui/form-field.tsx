"use client";

import type { ComponentProps, ReactNode } from "react";
import {
  get,
  useFormState,
  useWatch,
  type Control,
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
} from "react-hook-form";
import { ByteCounter } from "./byte-counter";
import { describedBy, Field, fieldIds } from "./field";
import { controlClass } from "./styles";

/** One field's current message; subscribes to that field only, so typing elsewhere does not re-render it. */
export function useFieldError<T extends FieldValues, C, O>(
  control: Control<T, C, O>,
  name: FieldPath<T>,
): string | undefined {
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

interface FieldOptions<T extends FieldValues, C, O> {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  id: string;
  label: string;
  hideLabel?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  /** Shows a live UTF-8 byte counter beside the label (Tencent limits bytes). */
  maxBytes?: number;
  /** register() options, e.g. valueAsNumber or deps; the rules themselves live in the schema. */
  rules?: RegisterOptions<T, FieldPath<T>>;
  /** A control beside the input, e.g. "Regenerate". */
  action?: ReactNode;
  className?: string;
  controlClassName?: string;
}

type Own = keyof FieldOptions<FieldValues, unknown, FieldValues> | "children";
type InputControl = { as?: "input" } & Omit<ComponentProps<"input">, Own>;
type TextareaControl = { as: "textarea" } & Omit<ComponentProps<"textarea">, Own>;
type SelectControl = { as: "select"; children: ReactNode } & Omit<ComponentProps<"select">, Own>;

export type FormFieldProps<T extends FieldValues, C, O> = FieldOptions<T, C, O> &
  (InputControl | TextareaControl | SelectControl);

function LiveByteCounter<T extends FieldValues, C, O>(props: {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  id: string;
  max: number;
}) {
  const value: unknown = useWatch({ control: props.control, name: props.name });
  return <ByteCounter id={props.id} value={typeof value === "string" ? value : ""} max={props.max} />;
}

/**
 * A labelled input, textarea or select registered with react-hook-form: the label points at it, and it
 * points at its error (and byte counter and hint) with aria-describedby and says aria-invalid while wrong.
 */
export function FormField<T extends FieldValues, C, O>(props: FormFieldProps<T, C, O>) {
  const { control, name, id, label, hideLabel, optional, hint, maxBytes, rules, action, ...rest } = props;
  const { as = "input", className, controlClassName, ...attributes } = rest as ElementProps;
  const error = useFieldError(control, name);
  const wired = {
    id,
    className: controlClassName ?? controlClass,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, { error: !!error, counter: maxBytes !== undefined, hint: !!hint }),
    ...control.register(name, rules),
  };
  let element: ReactNode;
  if (as === "textarea") element = <textarea {...(attributes as ComponentProps<"textarea">)} {...wired} />;
  else if (as === "select") element = <select {...(attributes as ComponentProps<"select">)} {...wired} />;
  else element = <input {...(attributes as ComponentProps<"input">)} {...wired} />;
  return (
    <Field
      id={id}
      label={label}
      hideLabel={hideLabel}
      optional={optional}
      hint={hint}
      error={error}
      className={className}
      aside={
        maxBytes === undefined ? undefined : (
          <LiveByteCounter control={control} name={name} id={fieldIds(id).counter} max={maxBytes} />
        )
      }
    >
      {action ? (
        <div className="flex gap-2">
          {element}
          {action}
        </div>
      ) : (
        element
      )}
    </Field>
  );
}

/** What is left for the DOM element once the field's own options are taken out. */
type ElementProps = {
  as?: "input" | "textarea" | "select";
  className?: string;
  controlClassName?: string;
} & Record<string, unknown>;
