import { z } from "zod";

const trustProxy = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : "0"),
  z.string().regex(/^\d$/, "a whole number of proxies from 0 to 9").transform(Number),
);

/** TRUST_PROXY: how many reverse proxies in front of the app append the caller's address to X-Forwarded-For. */
export function parseTrustedProxies(value: string | undefined): number {
  const parsed = trustProxy.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid TRUST_PROXY "${value}": ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

let cached: number | undefined;

/**
 * TRUST_PROXY, read once per process: the only place the setting is read. Not server-only, because proxy.ts needs
 * it too.
 */
export function trustedProxies(): number {
  cached ??= parseTrustedProxies(process.env.TRUST_PROXY);
  return cached;
}
