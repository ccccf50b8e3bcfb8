import "server-only";
import { errorMessages } from "@/app/components/error-messages";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { IMPORT_TARGETS, type ImportTarget } from "@/lib/vocabulary/transfer/import-mapping";
import { TEXT_FIELDS } from "@/lib/vocabulary/transfer/import-rows";
import { TRANSFER_LIMITS } from "@/lib/vocabulary/transfer/transfer-limits";
import { WORD_STATUSES, type WordStatus } from "@/lib/vocabulary/word-status";
import type { PluralForms } from "./fill-template";

const MAX_MEGABYTES = TRANSFER_LIMITS.maxFileBytes / (1024 * 1024);

/** The problems a row can have, each with its own message (a too-long text names its field). */
export const PROBLEM_MESSAGES = [
  "no-word",
  "word-too-long",
  "unknown-status",
  ...TEXT_FIELDS.map((field) => `${field}-too-long` as const),
] as const;

/** The import form's strings in the user's language; placeholders in braces are filled in by the browser. */
export function importFormStrings(lng: UiLanguage) {
  const t = getT(lng, "transfer");
  const forms = (key: string): PluralForms => ({
    one: t(`${key}_one`, { n: "{n}" }),
    other: t(`${key}_other`, { n: "{n}" }),
  });
  const limits = { maxMegabytes: MAX_MEGABYTES, maxRows: TRANSFER_LIMITS.maxRows };
  return {
    file: t("file"),
    fileHint: t("fileHint", limits),
    reading: t("reading"),
    mappingHeading: t("mappingHeading"),
    mappingIntro: t("mappingIntro"),
    targets: Object.fromEntries(IMPORT_TARGETS.map((target) => [target, t(`target.${target}`)])) as Record<
      ImportTarget,
      string
    >,
    notImported: t("notImported"),
    column: t("column", { number: "{number}" }),
    columnWithLabel: t("columnWithLabel", { number: "{number}", label: "{label}" }),
    samples: t("samples", { samples: "{samples}" }),
    previewHeading: t("previewHeading"),
    rowCount: forms("rowCount"),
    previewCaption: t("previewCaption"),
    noRowsToShow: t("noRowsToShow"),
    rowNumber: t("rowNumber"),
    sentenceColumn: t("sentenceColumn"),
    statusColumn: t("statusColumn"),
    statuses: Object.fromEntries(WORD_STATUSES.map((status) => [status, t(`status.${status}`)])) as Record<
      WordStatus,
      string
    >,
    effects: { add: t("effect.add"), merge: t("effect.merge"), statusOnly: t("effect.statusOnly") },
    problemsHeading: t("problemsHeading"),
    problemsIntro: t("problemsIntro"),
    moreProblems: forms("moreProblems"),
    problems: Object.fromEntries(
      PROBLEM_MESSAGES.map((problem) => [
        problem,
        t(`problem.${problem}`, {
          row: "{row}",
          status: "{status}",
          max: TRANSFER_LIMITS.maxWordLength,
          maxText: TRANSFER_LIMITS.maxTextLength,
        }),
      ]),
    ) as Record<(typeof PROBLEM_MESSAGES)[number], string>,
    importButton: t("importButton"),
    importing: t("importing"),
    added: forms("added"),
    updated: forms("updated"),
    statusesSet: forms("statusesSet"),
    nothingChanged: t("nothingChanged"),
    seeVocabulary: t("seeVocabulary"),
    limits: { maxFileBytes: TRANSFER_LIMITS.maxFileBytes },
    // The general messages name the lesson import's file types and size; these name the vocabulary import's.
    errors: {
      ...errorMessages(lng),
      "file-too-large": t("fileTooLarge", limits),
      "unsupported-file": t("fileWrongType"),
      "binary-file": t("fileBinary"),
      "unreadable-file": t("fileUnreadable"),
    } as Record<string, string>,
  };
}

export type ImportFormStrings = ReturnType<typeof importFormStrings>;
