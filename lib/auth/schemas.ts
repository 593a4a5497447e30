import { z } from "zod";
import { messages } from "@/lib/schemas/messages";

/** Shared by the account forms and their server actions (plain module: the browser needs it too). */
export const PASSWORD_RULE = z.string().min(12, messages.passwordShort).max(128, messages.tooLong(128));

const email = z.string().trim().toLowerCase().pipe(z.email(messages.emailInvalid).max(254));
const name = z.string().trim().min(1, messages.nameMissing).max(100, messages.tooLong(100));
export const roleSchema = z.enum(["admin", "support"]);
const userId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Only lengths: the sign-in action answers any refusal alike, so nothing tells a guesser which part was wrong. */
export const signInSchema = z.object({
  email: z.string().trim().max(254, messages.tooLong(254)),
  password: z.string().min(1, messages.passwordMissing).max(128, messages.tooLong(128)),
});

export const firstAdminSchema = z.object({ name, email, password: PASSWORD_RULE });
/**
 * The first-run form asks for the password twice. Only the browser checks the repeat: it extends the
 * action's schema, so everything the server checks is checked before sending, and the repeat is never sent.
 */
export const firstAdminFormSchema = firstAdminSchema
  .extend({ confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: messages.passwordsDiffer });
export const createUserSchema = z.object({ name, email, role: roleSchema, password: PASSWORD_RULE });
export const setRoleSchema = z.object({ userId, role: roleSchema });
export const setDisabledSchema = z.object({ userId, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId, password: PASSWORD_RULE });
export const userRefSchema = z.object({ userId });

export type CreateUserInput = z.infer<typeof createUserSchema>;
