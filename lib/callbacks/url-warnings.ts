/**
 * Why Tencent may not reach a callback URL, or reach it without protection (docs/trtc-api.md §6.1: "the
 * URL must be reachable"; https recommended). Facts, not words: the page says them in the viewer's language.
 */
export type UrlWarning = "notHttps" | "notPublic" | "notExpected" | "invalid";

const PRIVATE_V4: [number, number][] = [
  [0x7f000000, 8], // 127/8
  [0x0a000000, 8], // 10/8
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0xa9fe0000, 16], // 169.254/16
  [0x00000000, 8], // 0/8
  [0x64400000, 10], // 100.64/10, carrier-grade NAT
];

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** Browser-safe (no node:net): what URL's hostname gives for an IP literal is already normalised. */
const ipVersion = (host: string) => (IPV4.test(host) ? 4 : host.includes(":") ? 6 : 0);

function v4Number(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function privateAddress(ip: string): boolean {
  if (ipVersion(ip) === 4) {
    const n = v4Number(ip);
    return PRIVATE_V4.some(([net, bits]) => n >>> (32 - bits) === net >>> (32 - bits));
  }
  const low = ip.toLowerCase();
  // ::1, fc00::/7 (unique local), fe80::/10 (link local), and IPv4-mapped private addresses.
  if (low === "::1" || low === "::") return true;
  if (/^f[cd][0-9a-f]{0,2}:/.test(low) || /^fe[89ab][0-9a-f]?:/.test(low)) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(low);
  return mapped ? privateAddress(mapped[1]!) : false;
}

/** A host Tencent's servers cannot resolve or reach from the internet by its name. */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (ipVersion(host)) return !privateAddress(host);
  if (host === "localhost" || host.endsWith(".localhost")) return false;
  if (/\.(local|internal|lan|home|corp|test|invalid|example)$/.test(host)) return false;
  return host.includes(".");
}

export function callbackUrlWarnings(url: string, expected: string | null): UrlWarning[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return ["invalid"];
  }
  const warnings: UrlWarning[] = [];
  if (parsed.protocol !== "https:") warnings.push("notHttps");
  if (!isPublicHost(parsed.hostname)) warnings.push("notPublic");
  if (expected && url !== expected) warnings.push("notExpected");
  return warnings;
}
