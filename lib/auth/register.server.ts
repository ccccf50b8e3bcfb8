import "server-only";
import { registerAccount, type NewAccount } from "./accounts.server";
import { countRegistration } from "./attempt-limiters.server";
import { isPasswordTooCommon, personalWords } from "./password-strength";
import type { CurrentUser } from "./roles";

/** A new account, or the form field to correct (its message is a key under errors.field). */
export type Registration = { user: CurrentUser } | { fields: { password: "passwordTooCommon" } };

/**
 * Registering from `address` (see clientAddress), with a form that has passed registrationInput. The attempt is
 * counted first, so neither the password check nor the hashing runs for an address over its limit.
 */
export async function register(input: NewAccount, address: string): Promise<Registration> {
  await countRegistration(address);
  if (await isPasswordTooCommon(input.password, personalWords(input.name, input.email))) {
    return { fields: { password: "passwordTooCommon" } };
  }
  return { user: await registerAccount(input) };
}
