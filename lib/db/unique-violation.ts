/** True for Prisma's "unique constraint failed" (P2002): two writes raced for the same unique value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
