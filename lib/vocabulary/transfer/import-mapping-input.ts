import { z } from "zod";
import { IMPORT_TARGETS, type ImportTarget } from "./import-mapping";
import { TRANSFER_LIMITS } from "./transfer-limits";

const columnIndex = z
  .number()
  .int()
  .min(0)
  .max(TRANSFER_LIMITS.maxColumns - 1)
  .nullable();

/** A column mapping as the import form sends it (JSON): every target, each a column number or null. */
export const columnMappingInput = z.object(
  Object.fromEntries(IMPORT_TARGETS.map((target) => [target, columnIndex])) as Record<ImportTarget, typeof columnIndex>,
);
