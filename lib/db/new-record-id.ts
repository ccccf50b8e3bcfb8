import { randomBytes } from "node:crypto";

/**
 * A new primary key for rows written outside Prisma, shaped like the cuid() ids Prisma gives the others (a "c", the
 * time, then randomness: 25 lowercase characters), so that ids look alike and new rows land at the end of the index.
 *
 * newRecordId() → "cmirp4x2q7f3c9d0e1a2b3c4d"
 */
export function newRecordId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0")
    .slice(-15);
  return `c${time}${random}`;
}
