import "server-only";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** Set by the guard on the headers it hands to Better Auth; never read from the client. */
export const CLIENT_IP_HEADER = "x-roomdesk-client-ip";

function expandIpv6(ip: string): string[] {
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = ip.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...fill, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""));
}

/** IPv4 as is (IPv4-mapped IPv6 unwrapped); IPv6 collapsed to its /64, since one host owns a whole /64. */
export function normalizeIp(raw: string): string | null {
  const ip = raw.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version === 6) return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`;
  return null;
}

/**
 * The client's address. With a trusted header configured, the right-most entry of that header (the
 * one the trusted proxy wrote). Without one, `x-forwarded-for` as Next fills it from the socket:
 * proxy.ts deletes any client-sent value first, so a spoofed header never gets here.
 */
export function resolveClientIp(headers: Headers, trustedHeader: string | null): string | null {
  const value = headers.get(trustedHeader ?? "x-forwarded-for");
  if (!value) return null;
  const last = value.split(",").at(-1) ?? "";
  return normalizeIp(last);
}

/**
 * The sending address as written, not collapsed to a /64: what an allow-list of networks is checked
 * against (TRTC_CALLBACK_ALLOWED_IPS). Same source as resolveClientIp.
 */
export function resolveClientAddress(headers: Headers, trustedHeader: string | null): string | null {
  const value = headers.get(trustedHeader ?? "x-forwarded-for");
  const last = value
    ?.split(",")
    .at(-1)
    ?.trim()
    .replace(/^\[|\]$/g, "");
  if (!last) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(last);
  return mapped ? mapped[1]! : isIP(last) ? last : null;
}

/**
 * For a request answered on the bare Node request, before Next and proxy.ts (lib/http/node-routes.mjs):
 * what the two functions above should read, as an `x-forwarded-for` of one source. The trusted proxy's
 * header when one is configured, else the socket's peer; whatever else the client wrote never counts.
 */
export function nodeAddressHeaders(req: IncomingMessage, trustedHeader: string | null): Headers {
  const value = trustedHeader ? req.headers[trustedHeader.toLowerCase()] : req.socket.remoteAddress;
  const text = Array.isArray(value) ? value.join(",") : value;
  return new Headers(text ? { "x-forwarded-for": text } : {});
}
