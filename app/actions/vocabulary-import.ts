"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user.server";
import { AppError } from "@/lib/errors/app-error";
import { importVocabulary, previewVocabularyImport } from "@/lib/vocabulary/import-vocabulary.server";
import type { ColumnMapping } from "@/lib/vocabulary/transfer/import-mapping";
import { columnMappingInput } from "@/lib/vocabulary/transfer/import-mapping-input";
import type { LearnerImportPreview } from "@/lib/vocabulary/transfer/import-preview";
import type { ImportSummary } from "@/lib/vocabulary/transfer/import-summary";
import type { ImportUpload } from "@/lib/vocabulary/transfer/read-import-file";
import { TRANSFER_LIMITS } from "@/lib/vocabulary/transfer/transfer-limits";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { runAction } from "./run-action";

/** Longest mapping JSON accepted (seven column numbers need far less). */
const MAX_MAPPING_CHARACTERS = 500;

/** The form's file, refused before it is read when it is too large. */
async function uploadFrom(formData: unknown): Promise<ImportUpload> {
  const file = formData instanceof FormData ? formData.get("file") : null;
  if (!(file instanceof File)) throw new AppError("invalid-input");
  if (file.size > TRANSFER_LIMITS.maxFileBytes) throw new AppError("file-too-large");
  if (file.size === 0) throw new AppError("import-empty");
  return { name: file.name.slice(0, 255), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The form's column mapping (JSON), or null when it sends none. */
function mappingFrom(formData: unknown): ColumnMapping | null {
  const json = formData instanceof FormData ? formData.get("mapping") : null;
  if (json === null) return null;
  if (typeof json !== "string" || json.length > MAX_MAPPING_CHARACTERS) throw new AppError("invalid-input");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError("invalid-input");
  }
  return parseInput(columnMappingInput, value);
}

/** Steps 1 and 2: the uploaded file's columns, a mapping (the one sent, or a suggested one) and a preview. */
export async function previewVocabularyImportAction(formData: unknown): Promise<ActionResult<LearnerImportPreview>> {
  return runAction(async () => {
    const user = await requireUser();
    const mapping = mappingFrom(formData);
    return previewVocabularyImport(user, await uploadFrom(formData), mapping);
  });
}

/** Step 3: the same file and the chosen mapping, checked again and imported whole, or not at all. */
export async function importVocabularyAction(formData: unknown): Promise<ActionResult<ImportSummary>> {
  return runAction(async () => {
    const user = await requireUser();
    const mapping = mappingFrom(formData);
    if (!mapping) throw new AppError("invalid-input");
    const summary = await importVocabulary(user, await uploadFrom(formData), mapping);
    revalidatePath("/[lng]/vocabulary", "page");
    return summary;
  });
}
