import "server-only";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { LIST_STATUSES, type ListStatus } from "@/lib/vocabulary/list-status";
import { errorMessages } from "../error-messages";

const byStatus = (text: (status: ListStatus) => string) =>
  Object.fromEntries(LIST_STATUSES.map((status) => [status, text(status)])) as Record<ListStatus, string>;

/**
 * The strings the list's client components need, in the user's language (no i18n runtime ships to the browser).
 * Placeholders the browser fills in: {word} and {number}.
 */
export function vocabularyListStrings(lng: UiLanguage) {
  const t = getT(lng, "vocabulary");
  return {
    deleted: t("deleted", { word: "{word}" }),
    restored: t("restored", { word: "{word}" }),
    undo: t("undo"),
    closeMessage: t("closeMessage"),
    selectAll: t("selectAll"),
    selected: t("selected", { number: "{number}" }),
    bulkLabel: t("bulkLabel"),
    setStatus: byStatus((status) => t(`setStatus_${status}`)),
    markedOne: byStatus((status) => t(`markedOne_${status}`, { number: "{number}" })),
    markedMany: byStatus((status) => t(`markedMany_${status}`, { number: "{number}" })),
    noneSelected: t("noneSelected"),
    statusesRestored: t("statusesRestored"),
    errors: errorMessages(lng),
  };
}

export type VocabularyListStrings = ReturnType<typeof vocabularyListStrings>;
