import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client.server";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { newJoinCode } from "./join-code";

/** 729 million codes: ten clashes in a row would mean the space is nearly used up, not bad luck. */
const ATTEMPTS = 10;

/**
 * Runs `write` with a new random join code, again with another code when the unique index says a class took it
 * meanwhile. Codes a class used before (RetiredJoinCode) are skipped, so "this code was replaced" stays true.
 * `randomIndex` is crypto.randomInt except in tests.
 */
export async function withFreshJoinCode<T>(
  write: (code: string) => Promise<T>,
  randomIndex: (n: number) => number = randomInt,
): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = newJoinCode(randomIndex);
    if (await db.retiredJoinCode.findUnique({ where: { code }, select: { code: true } })) continue;
    try {
      return await write(code);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`no free join code after ${ATTEMPTS} attempts`);
}
