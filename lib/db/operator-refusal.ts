/**
 * A database command (backup, restore) that stopped before changing anything, for a reason the operator can act on;
 * the scripts print its message alone, without a stack trace, and exit with status 1.
 */
export class OperatorRefusal extends Error {
  override readonly name = "OperatorRefusal";
}
