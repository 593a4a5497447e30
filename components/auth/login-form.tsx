"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { signInSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";

export function LoginForm() {
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    // Succeeds by redirecting home; a refusal names no field, so a guesser learns nothing.
    send: (values) => signInAction(values),
    isField: fieldsNamed("email", "password"),
  });
  const { control } = form;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={formError} />
      <FormField
        control={control}
        name="email"
        id="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
      />
      <FormField
        control={control}
        name="password"
        id="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
