/**
 * True when two writes raced for the same unique value: Prisma's "unique constraint failed" (P2002) from a model
 * query, or the driver's UniqueConstraintViolation that a raw SQL statement reports inside P2010.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  if (error.code === "P2002") return true;
  type DriverError = { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return (
    error.code === "P2010" &&
    (error as DriverError).meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}
