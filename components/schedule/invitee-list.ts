import { parseInviteeList } from "@/lib/schemas/invitees";

/**
 * Adds the IDs in `text` to `list`. Invalid IDs are kept (the schema marks them), while IDs already in the
 * list or repeated in the text are returned as `duplicates` for a visible note.
 */
export function mergeInvitees(list: string[], text: string): { next: string[]; duplicates: string[] } {
  const parsed = parseInviteeList(text);
  const seen = new Set(list);
  const next = [...list];
  const duplicates = new Set(parsed.duplicates);
  for (const id of [...parsed.ids, ...parsed.invalid.map((entry) => entry.id)]) {
    if (seen.has(id)) duplicates.add(id);
    else {
      seen.add(id);
      next.push(id);
    }
  }
  return { next, duplicates: [...duplicates] };
}

const messageOf = (node: unknown): string | undefined => {
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" && message !== "" ? message : undefined;
};

/**
 * RHF puts a list-level message at `invitees` (or `invitees.root` when entries also fail) and entry messages
 * at `invitees.<i>`; this reads both shapes.
 */
export function inviteeErrors(node: unknown): { root?: string; byIndex: Map<number, string> } {
  const byIndex = new Map<number, string>();
  if (typeof node !== "object" || node === null) return { byIndex };
  const record = node as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    const message = /^\d+$/.test(key) ? messageOf(child) : undefined;
    if (message) byIndex.set(Number(key), message);
  }
  return { root: messageOf(record) ?? messageOf(record.root), byIndex };
}
