import { isIP } from "node:net";

/** The key for requests whose address cannot be read: they share one set of limits. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The calling client's address, from the X-Forwarded-For header as the app receives it, for limiting attempts.
 *
 * `next start` fills in X-Forwarded-For with the connection's address only when the request has no such header, and
 * keeps a client's own header as it is. So with no trusted proxy (0) the header must be the one Next wrote, which
 * proxy.ts ensures by removing any header a client sent; with `trustedProxies` reverse proxies in front, each
 * appending the address it was called from, the client is the `trustedProxies`-th entry from the right, and
 * anything left of it may be made up.
 *
 * clientAddressFrom("203.0.113.9", 0) → "203.0.113.9"
 * clientAddressFrom("made.up, 203.0.113.9, 10.0.0.2", 2) → "203.0.113.9"
 * clientAddressFrom("::ffff:127.0.0.1", 0) → "127.0.0.1"
 * clientAddressFrom("2001:db8:1:2:3:4:5:6", 0) → "2001:db8:1:2::/64"
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))];
  return (entry && normalizeAddress(entry)) || UNKNOWN_ADDRESS;
}

/**
 * One key per client: an IPv4 address, or the /64 network of an IPv6 address (a home or phone usually gets a whole
 * /64 and could otherwise use a fresh address for every attempt). IPv4 written as IPv6 ("::ffff:1.2.3.4") is IPv4.
 * A port ("1.2.3.4:5678", "[2001:db8::1]:443") or zone ("fe80::1%eth0") is dropped; anything else gives null.
 */
export function normalizeAddress(entry: string): string | null {
  const address = entry
    .replace(/^\[([^\]]+)\](:\d+)?$/, "$1")
    .replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1")
    .replace(/%.*$/, "")
    .toLowerCase();
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a trailing IPv4 part as two groups. */
function ipv6Groups(address: string): number[] {
  const groups = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!group.includes(".")) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = "", tail] = address.split("::");
  if (tail === undefined) return groups(head);
  const [before, after] = [groups(head), groups(tail)];
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}
