import type { ComponentProps } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/styles";

interface TextInputProps extends Omit<ComponentProps<"input">, "id"> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled input wired to its hint and error for screen readers. */
export function TextInput({ id, label, error, hint, ...rest }: TextInputProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        className={controlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error, hint: !!hint })}
        {...rest}
      />
    </Field>
  );
}
