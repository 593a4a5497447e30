import "server-only";
import type { z } from "zod";
import { localizeZodError } from "@/lib/i18n/localize-issue";
import { requestTranslator } from "@/lib/i18n/request-locale";
import type { Translate } from "@/lib/i18n/translate";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { getApp, type AppDeps } from "@/lib/server/app";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import {
  allowAnonymous,
  requireRole,
  type Actor,
  type PublicAction,
  type Role,
  type SessionEnded,
} from "@/lib/server/auth/guard";
import { SESSION_ENDED_CODE, type ActionFailure } from "./result";

/**
 * Who may call an action. `fresh` names an account change that also needs a recent sign-in
 * (SESSION_FRESH_MINUTES); `anonymous` names one of the few public actions.
 */
export type Access = { role: Role; fresh?: string } | { anonymous: PublicAction };

export interface ActionContext<I, D = AppDeps> {
  input: I;
  /** null for a public action. */
  actor: Actor | null;
  /** The composition root (lib/server/app.ts), or the part of it the action uses. */
  app: D;
  t: Translate;
}

export interface ActionDefinition<S extends z.ZodType, R, D = AppDeps> {
  access: Access;
  /** The shared schema of the form, or one chosen from the raw input (a scheduling resend). */
  schema: S | ((app: D, raw: unknown) => Promise<S>);
  /** The answer to input the schema refuses; by default the field errors and "Some fields need attention." */
  invalid?: (error: z.ZodError, t: Translate) => ActionFailure;
  /** Calls the service and turns its outcome into what the form shows (lib/actions/present). */
  run(ctx: ActionContext<z.output<S>, D>): Promise<R>;
}

/**
 * An action defined apart from its "use server" file, against the part of the composition root it uses,
 * so tests can run it after the guard with their own database and sandbox: `actionFor<MeetingDeps>()({…})`.
 */
export const actionFor =
  <D>() =>
  <S extends z.ZodType, R>(def: ActionDefinition<S, R, D>) =>
    def;

/**
 * Field errors under the form's own paths. `within`: the part of the input the form's fields are in;
 * `notFields`: inputs the form has no field for (the meeting a page is about), said at form level.
 */
export function invalidInput(
  error: z.ZodError,
  t: Translate,
  opts: { within?: string; notFields?: string[] } = {},
): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  let formLevel: string | null = null;
  for (const [path, messages] of Object.entries(toFieldErrors(error))) {
    if (opts.notFields?.includes(path)) formLevel ??= messages[0] ?? null;
    else fieldErrors[opts.within ? path.replace(`${opts.within}.`, "") : path] = messages;
  }
  const message = formLevel ?? t("form.invalid");
  return { ok: false, fieldErrors, error: { code: "invalid-input", message, requestId: null } };
}

/**
 * The guard, always the first thing an action awaits (tests/actions-guard.test.ts holds it to that). A
 * browser whose session ran out is answered in words rather than with a 401 (guard.ts, SessionEnded).
 */
async function authorize(access: Access): Promise<Actor | SessionEnded | null> {
  if ("anonymous" in access) return allowAnonymous(access.anonymous).then(() => null);
  return requireRole(access.role, { answerEndedSession: true });
}

/**
 * The one way to write a server action: guard (role, and a fresh sign-in for account changes), then the
 * shared schema (the browser is never trusted), then the service, whose outcome `run` puts into words.
 * Use inside a "use server" file: `export const xAction = serverAction({ … })`.
 */
export function serverAction<S extends z.ZodType, R>(def: ActionDefinition<S, R, AppDeps>) {
  return async function action(raw: unknown): Promise<R | ActionFailure> {
    const actor = await authorize(def.access);
    const app = await getApp();
    // The caller's locale (saved choice, else Accept-Language): a hand-made post gets its own language.
    const t = await requestTranslator();
    if (actor && "sessionEnded" in actor) return sessionEnded(t);
    if (actor && "role" in def.access && def.access.fresh) {
      const stale = await requireFreshSignIn(app, actor, def.access.fresh);
      if (stale) return failureFor(t, stale);
    }
    return executeAction(def, { actor, app, t }, raw);
  };
}

/** Everything after the guard: the schema, then the definition's run. */
export async function executeAction<S extends z.ZodType, R, D>(
  def: ActionDefinition<S, R, D>,
  ctx: Omit<ActionContext<never, D>, "input">,
  raw: unknown,
): Promise<R | ActionFailure> {
  const schema = typeof def.schema === "function" ? await def.schema(ctx.app, raw) : def.schema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const error = localizeZodError(ctx.t, parsed.error);
    return def.invalid ? def.invalid(error, ctx.t) : invalidInput(error, ctx.t);
  }
  return def.run({ ...ctx, input: parsed.data });
}

/** Nothing was read or sent; the form keeps its values and asks for sign-in (components/ui/session-recovery.ts). */
const sessionEnded = (t: Translate): ActionFailure => ({
  ok: false,
  error: { code: SESSION_ENDED_CODE, message: t("session.notSent"), requestId: null },
});

const failureFor = (t: Translate, stale: { freshMinutes: number }): ActionFailure => ({
  ok: false,
  error: {
    code: "reauth-required",
    message: t("auth.reauth", { minutes: stale.freshMinutes }),
    requestId: null,
  },
});
