import { createHash } from "node:crypto";

/** A fixed window: at most `points` in `seconds` from the first one counted. */
export interface Limit {
  points: number;
  seconds: number;
}

/**
 * Failed sign-ins from one address, whatever the account: generous, because a school's learners share one
 * address behind its router (30 learners mistyping three times each stay under it), yet it stops one machine
 * from trying a password on many accounts.
 */
export const FAILURES_PER_ADDRESS: Limit = { points: 100, seconds: 15 * 60 };

/** Failed sign-ins for one account from one address: strict, as a user who forgot a password gets no further. */
export const FAILURES_PER_ADDRESS_AND_ACCOUNT: Limit = { points: 5, seconds: 15 * 60 };

/**
 * Failed sign-ins for one account from any address, counted over a day: past the first 10, attempts on the account
 * are spaced out (see accountDelaySeconds). Never a lock-out, so failing on purpose cannot shut the owner out.
 */
export const FAILURES_PER_ACCOUNT: Limit = { points: 10, seconds: 24 * 60 * 60 };

/**
 * Registration attempts from one address, counted once the form is complete, before the password check, the
 * e-mail look-up and the hashing: 30 an hour lets a class register together behind its school's one address (a
 * learner who tries a common password first counts twice), while one machine made 800 accounts in 6 minutes before.
 */
export const REGISTRATIONS_PER_ADDRESS: Limit = { points: 30, seconds: 60 * 60 };

export const MAX_ACCOUNT_DELAY_SECONDS = 60;

/**
 * How long an account takes no further attempts after its `failures`-th failure: none up to the free ones, then
 * 1, 2, 4, … seconds, at most a minute. accountDelaySeconds(9) → 0, (10) → 1, (13) → 8, (20) → 60
 */
export function accountDelaySeconds(failures: number): number {
  const beyond = failures - FAILURES_PER_ACCOUNT.points;
  return beyond < 0 ? 0 : Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** beyond);
}

/** Keys for the limits of an account: a hash of the e-mail address, so the table holds no addresses people typed. */
export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
}

export function addressAccountKey(address: string, email: string): string {
  return `${address}|${accountKey(email)}`;
}
