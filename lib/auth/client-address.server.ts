import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";
import { trustedProxies } from "./trusted-proxies";

/** The address the current request comes from, as a key for attempt limits (see clientAddressFrom). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for"), trustedProxies());
}
