import "server-only";
import { ERROR_CODES } from "@/lib/errors/app-error";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";

/** The strings the reader's client code needs, in the user's language (so no i18n runtime ships to the browser). */
export function readerStrings(lng: UiLanguage) {
  const t = getT(lng, "reader");
  const te = getT(lng, "errors");
  return {
    revealParagraph: t("revealParagraph"),
    concealParagraph: t("concealParagraph"),
    glossaryTerm: t("glossaryTerm"),
    save: t("save"),
    saveSelection: t("saveSelection", { text: "{text}" }),
    saving: t("saving"),
    saved: t("saved"),
    undo: t("undo"),
    removed: t("removed"),
    signInToSave: t("signInToSave"),
    close: t("close"),
    card: t("card"),
    errors: Object.fromEntries(ERROR_CODES.map((code) => [code, te(code)])) as Record<string, string>,
  };
}

export type ReaderStrings = ReturnType<typeof readerStrings>;
