import { z } from "zod";

/** Shared by the account forms and their server actions (plain module: the browser needs it too). */
export const PASSWORD_RULE = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.");

const email = z.string().trim().toLowerCase().pipe(z.email("Enter an email address.").max(254));
const name = z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");
export const roleSchema = z.enum(["admin", "support"]);
const userId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Only lengths: the sign-in action answers any refusal alike, so nothing tells a guesser which part was wrong. */
export const signInSchema = z.object({
  email: z.string().trim().max(254, "Use at most 254 characters."),
  password: z.string().min(1, "Enter your password.").max(128, "Use at most 128 characters."),
});

export const firstAdminSchema = z.object({ name, email, password: PASSWORD_RULE });
/**
 * The first-run form asks for the password twice. Only the browser checks the repeat: it extends the
 * action's schema, so everything the server checks is checked before sending, and the repeat is never sent.
 */
export const firstAdminFormSchema = firstAdminSchema
  .extend({ confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });
export const createUserSchema = z.object({ name, email, role: roleSchema, password: PASSWORD_RULE });
export const setRoleSchema = z.object({ userId, role: roleSchema });
export const setDisabledSchema = z.object({ userId, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId, password: PASSWORD_RULE });
export const userRefSchema = z.object({ userId });

export type CreateUserInput = z.infer<typeof createUserSchema>;
