import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { databaseRateLimiter, orRefuse } from "@/lib/db/database-rate-limiter.server";
import { AppError } from "@/lib/errors/app-error";
import {
  accountDelaySeconds,
  accountKey,
  addressAccountKey,
  FAILURES_PER_ACCOUNT,
  FAILURES_PER_ADDRESS,
  FAILURES_PER_ADDRESS_AND_ACCOUNT,
  MAX_ACCOUNT_DELAY_SECONDS,
  REGISTRATIONS_PER_ADDRESS,
  type Limit,
} from "./attempt-limits";

const failuresPerAddress = databaseRateLimiter("sign-in-address", FAILURES_PER_ADDRESS, true);
const failuresPerAddressAndAccount = databaseRateLimiter("sign-in-address-account", FAILURES_PER_ADDRESS_AND_ACCOUNT);
const failuresPerAccount = databaseRateLimiter("sign-in-account", FAILURES_PER_ACCOUNT);
/**
 * One attempt per turn on an account past its free failures: the first attempt takes the turn (its row lasts
 * accountDelaySeconds), any other before it expires is refused. Taking a turn is one atomic increment, so even
 * attempts from many addresses at once get one password check per turn.
 */
const accountTurns = databaseRateLimiter("sign-in-account-turn", { points: 1, seconds: MAX_ACCOUNT_DELAY_SECONDS });
const registrationsPerAddress = databaseRateLimiter("registration-address", REGISTRATIONS_PER_ADDRESS);

const isFull = (result: RateLimiterRes | null, limit: Limit) => (result?.consumedPoints ?? 0) >= limit.points;

/**
 * Runs a password check (`check`, which throws AppError "invalid-credentials" for a wrong password) within the
 * sign-in limits. Before any password work it refuses, with "too-many-attempts" and without counting, an address
 * or (address, account) pair that has failed too often, or an account whose next turn has not come. An attempt
 * counts as a failure from its start, so attempts sent at the same moment cannot all slip under a limit; it is
 * taken back when it turns out not to be a wrong password (a success, which also clears the pair's count, or
 * "server-busy").
 */
export async function limitSignIn<T>(address: string, email: string, check: () => Promise<T>): Promise<T> {
  const account = accountKey(email);
  const pair = addressAccountKey(address, email);
  const [byAddress, byPair, byAccount] = await Promise.all([
    failuresPerAddress.get(address),
    failuresPerAddressAndAccount.get(pair),
    failuresPerAccount.get(account),
  ]);
  if (isFull(byAddress, FAILURES_PER_ADDRESS) || isFull(byPair, FAILURES_PER_ADDRESS_AND_ACCOUNT)) {
    throw new AppError("too-many-attempts");
  }
  const delay = accountDelaySeconds(byAccount?.consumedPoints ?? 0);
  if (delay > 0) await orRefuse(accountTurns.consume(account, 1, { customDuration: delay }), "too-many-attempts");

  const [countedByAddress, countedByPair] = await Promise.all([
    failuresPerAddress.penalty(address),
    failuresPerAddressAndAccount.penalty(pair),
    failuresPerAccount.penalty(account),
  ]);
  const takeBack = (clearPair: boolean) =>
    Promise.all([
      failuresPerAddress.reward(address),
      failuresPerAccount.reward(account),
      clearPair ? failuresPerAddressAndAccount.delete(pair) : failuresPerAddressAndAccount.reward(pair),
    ]);
  // Attempts sent together all passed the check above; only those within the limit go on.
  if (
    countedByAddress.consumedPoints > FAILURES_PER_ADDRESS.points ||
    countedByPair.consumedPoints > FAILURES_PER_ADDRESS_AND_ACCOUNT.points
  ) {
    await takeBack(false);
    throw new AppError("too-many-attempts");
  }

  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof AppError && error.code === "invalid-credentials")) await takeBack(false);
    throw error;
  }
  await takeBack(true);
  return result;
}

/** Counts a registration attempt from `address`, or refuses it with "too-many-registrations". */
export async function countRegistration(address: string): Promise<void> {
  await orRefuse(registrationsPerAddress.consume(address), "too-many-registrations");
}
