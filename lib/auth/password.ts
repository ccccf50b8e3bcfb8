import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { createConcurrencyGate } from "./limit-concurrency";

/**
 * Passwords are hashed with scrypt (memory-hard), built into Node, so no native add-on is needed.
 * N = 2^15, r = 8 costs 32 MiB; with p = 3 a hash took ~0.3 s of one thread on this project's 2-core machine
 * (December 2026; OWASP's minimum is N = 2^17 with r = 8 and p = 1 or N = 2^15 with r = 8 and p = 3). Parameters
 * are stored in the hash so they can be raised later without invalidating existing hashes.
 *
 * Format: `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`
 */
const LOG_N = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 3;
const KEY_LENGTH = 32;

/**
 * scrypt runs on libuv's pool of 4 threads, which Next also needs to read the files it serves: a flood of sign-ins
 * hashing on all four made the reader wait behind them. So one hash runs at a time and up to 10 callers wait
 * (a few seconds at most); anyone beyond gets "server-busy" at once, without hashing.
 */
export const SCRYPT_CONCURRENCY = { maxRunning: 1, maxWaiting: 10 };
const scryptGate = createConcurrencyGate(SCRYPT_CONCURRENCY);

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 };
  return scryptGate.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, BLOCK_SIZE, PARALLELISM);
  return ["scrypt", LOG_N, BLOCK_SIZE, PARALLELISM, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !logN || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash to verify against when the e-mail address is unknown, so a failed sign-in takes the same time
 * whether or not the account exists.
 */
export const UNKNOWN_USER_HASH = `scrypt$${LOG_N}$${BLOCK_SIZE}$${PARALLELISM}$${Buffer.alloc(16).toString("base64")}$${Buffer.alloc(KEY_LENGTH).toString("base64")}`;
