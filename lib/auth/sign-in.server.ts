import "server-only";
import { authenticate } from "./accounts.server";
import { limitSignIn } from "./attempt-limiters.server";
import type { CurrentUser } from "./roles";

/** Signing in from `address` (see clientAddress): the attempt limits first, then the password. */
export function signIn(email: string, password: string, address: string): Promise<CurrentUser> {
  return limitSignIn(address, email, () => authenticate(email, password));
}
