import "server-only";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { errorMessages } from "../error-messages";

const STRING_KEYS = [
  "revealParagraph",
  "concealParagraph",
  "glossaryTerm",
  "save",
  "saving",
  "saved",
  "undo",
  "removed",
  "signInToSave",
  "close",
  "wordCard",
  "lemma",
  "lemmas",
  "guess",
  "noGloss",
  "compound",
  "separableVerb",
  "separableVerbPossible",
  "frequency",
  "frequency_very-common",
  "frequency_common",
  "frequency_uncommon",
  "frequency_rare",
  "likelyName",
  "listen",
  "loading",
  "lookupFailed",
] as const;

/** The strings the reader's client code needs, in the user's language (so no i18n runtime ships to the browser). */
export function readerStrings(lng: UiLanguage) {
  const t = getT(lng, "reader");
  const strings = Object.fromEntries(STRING_KEYS.map((key) => [key, t(key)])) as Record<
    (typeof STRING_KEYS)[number],
    string
  >;
  return {
    ...strings,
    saveSelection: t("saveSelection", { text: "{text}" }),
    listenTo: t("listenTo", { text: "{text}" }),
    wordCursor: t("wordCursor", { word: "{word}" }),
    errors: errorMessages(lng),
  };
}

export type ReaderStrings = ReturnType<typeof readerStrings>;
