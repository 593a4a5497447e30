"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createFirstAdminAction } from "@/lib/actions/auth/create-first-admin";
import { firstAdminSchema } from "@/lib/auth/schemas";
import { TextInput } from "./text-input";

type Errors = Partial<Record<"name" | "email" | "password" | "confirm", string>>;

export function SetupForm() {
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const parsed = firstAdminSchema.safeParse(data);
    const next: Errors = {};
    if (!parsed.success) for (const i of parsed.error.issues) next[i.path[0] as keyof Errors] ??= i.message;
    if (data.password !== data.confirm) next.confirm = "The passwords do not match.";
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    startTransition(async () => {
      const result = await createFirstAdminAction(parsed.data);
      setFormError(result.error?.message ?? null);
      if (result.fieldErrors)
        setErrors(Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v[0]])));
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextInput id="name" name="name" label="Your name" autoComplete="name" error={errors.name} required />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        error={errors.email}
        required
      />
      <TextInput
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        hint="At least 12 characters."
        error={errors.password}
        required
      />
      <TextInput
        id="confirm"
        name="confirm"
        type="password"
        label="Repeat the password"
        autoComplete="new-password"
        error={errors.confirm}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create administrator"}
      </Button>
    </form>
  );
}
