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

export const signInSchema = z.object({
  email: z.string().trim().max(254),
  password: z.string().min(1).max(128),
});

export const firstAdminSchema = z.object({ name, email, password: PASSWORD_RULE });
export const createUserSchema = z.object({ name, email, role: roleSchema, password: PASSWORD_RULE });
export const setRoleSchema = z.object({ userId, role: roleSchema });
export const setDisabledSchema = z.object({ userId, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId, password: PASSWORD_RULE });
export const userRefSchema = z.object({ userId });

export type CreateUserInput = z.infer<typeof createUserSchema>;
