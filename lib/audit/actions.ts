/**
 * Every action the audit log records, as `family.verb`: the one list the writers are typed against and the
 * support console's action filter offers. Machine-facing names: they stay stable across languages.
 */
export const AUDIT_ACTIONS = {
  room: ["create", "verify", "get", "update", "destroy", "import"],
  auth: ["sign_in", "sign_in_failed", "sign_out", "first_admin", "refused", "refused_counted"],
  user: ["created", "role_changed", "disabled", "enabled", "password_reset", "sessions_revoked"],
  support: ["lookup", "view", "export"],
  member: ["remove", "ban", "unban", "role", "name_card", "marks", "owner"],
  seat: ["pick", "kick", "lock"],
  account: ["import"],
  callback: ["read", "set", "update", "delete"],
  bulk: ["start", "pause", "resume", "cancel"],
  meeting: ["reschedule_start", "reschedule_finish"],
  series: ["create", "update", "cancel", "reschedule"],
} as const;

type Actions = typeof AUDIT_ACTIONS;
export type AuditFamily = keyof Actions;
export type AuditAction = { [F in AuditFamily]: `${F}.${Actions[F][number]}` }[AuditFamily];

export const AUDIT_FAMILIES = Object.keys(AUDIT_ACTIONS) as AuditFamily[];

export const ALL_AUDIT_ACTIONS = AUDIT_FAMILIES.flatMap((f) =>
  AUDIT_ACTIONS[f].map((verb) => `${f}.${verb}` as AuditAction),
);

/** Lookups of the log itself: hidden from the support console's default results. */
export const isSupportAction = (action: string) => action.startsWith("support.");
