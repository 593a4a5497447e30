"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { TextInput } from "@/components/auth/text-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { createUserAction } from "@/lib/actions/users/actions";
import { createUserSchema } from "@/lib/auth/schemas";

type Errors = Partial<Record<"name" | "email" | "password" | "role", string>>;

export function CreateUserForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = createUserSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const next: Errors = {};
      for (const i of parsed.error.issues) next[i.path[0] as keyof Errors] ??= i.message;
      return setErrors(next);
    }
    setErrors({});
    startTransition(async () => {
      const result = await createUserAction(parsed.data);
      if (!result.ok)
        return setMessage({ tone: "error", text: result.error?.message ?? "Could not create the user." });
      setMessage({ tone: "info", text: `Created ${parsed.data.email}.` });
      form.reset();
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate aria-label="Add a user">
      {message ? (
        <Alert
          tone={message.tone}
          role={message.tone === "error" ? "alert" : "status"}
          className="sm:col-span-2"
        >
          {message.text}
        </Alert>
      ) : null}
      <TextInput id="new-name" name="name" label="Name" error={errors.name} autoComplete="off" />
      <TextInput
        id="new-email"
        name="email"
        type="email"
        label="Email"
        error={errors.email}
        autoComplete="off"
      />
      <TextInput
        id="new-password"
        name="password"
        type="password"
        label="Initial password"
        hint="At least 12 characters; share it privately."
        error={errors.password}
        autoComplete="new-password"
      />
      <div className="space-y-1.5">
        <label htmlFor="new-role" className="text-sm font-medium text-slate-800">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="support" className={controlClass}>
          <option value="support">Support (read-only)</option>
          <option value="admin">Administrator</option>
        </select>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add user"}
        </Button>
      </div>
    </form>
  );
}
