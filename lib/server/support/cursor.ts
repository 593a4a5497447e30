import "server-only";
/** Keyset cursor over (occurred_at, id), newest first: opaque to the browser, base64url JSON. */
export interface AuditCursor {
  at: string;
  id: number;
}

export function encodeCursor(c: AuditCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString("base64url");
}

export function decodeCursor(value: string): AuditCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed as unknown[];
    if (typeof at !== "string" || at.length > 40 || !Number.isSafeInteger(id)) return null;
    return { at, id: id as number };
  } catch {
    return null;
  }
}
