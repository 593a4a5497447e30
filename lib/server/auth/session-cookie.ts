import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The session token from Better Auth's signed cookie (`<token>.<base64 HMAC-SHA256(secret, token)>`,
 * URL-encoded, as better-call signs it), or null when the cookie is absent or its signature is wrong.
 * Reading it here lets the guard load session and user in one indexed query on every request.
 */
export function sessionTokenFromCookies(
  cookieHeader: string,
  cookieName: string,
  secret: string,
): string | null {
  const raw = cookieValue(cookieHeader, cookieName);
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
