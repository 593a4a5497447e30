import "server-only";
import { BlockList, isIP } from "node:net";

/** `203.0.113.7`, `203.0.113.0/24`, `2001:db8::/32`: an address or a network, or null when neither. */
export function parseCidr(
  entry: string,
): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText, extra] = entry.trim().split("/");
  if (extra !== undefined) return null;
  const version = isIP(address);
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > max ||
    (prefixText !== undefined && !/^\d+$/.test(prefixText))
  )
    return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** A list of networks an address is checked against; an empty list allows every address. */
export function networkList(entries: readonly string[]): (ip: string | null) => boolean {
  if (entries.length === 0) return () => true;
  const list = new BlockList();
  for (const entry of entries) {
    const cidr = parseCidr(entry);
    if (!cidr) throw new Error(`not an address or network: ${entry}`);
    list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return (ip) => {
    if (!ip) return false;
    const bare = ip.replace(/^\[|\]$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
    const version = isIP(bare);
    if (version === 0) return false;
    return list.check(bare, version === 4 ? "ipv4" : "ipv6");
  };
}
