import "server-only";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { errorMessages } from "../error-messages";

/** The strings the reader's client code needs, in the user's language (so no i18n runtime ships to the browser). */
export function readerStrings(lng: UiLanguage) {
  const t = getT(lng, "reader");
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
    errors: errorMessages(lng),
  };
}

export type ReaderStrings = ReturnType<typeof readerStrings>;
