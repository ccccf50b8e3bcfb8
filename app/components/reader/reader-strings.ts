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
  "undo",
  "undoKey",
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
  "here",
  "phrase",
  "compoundGuess",
  "grammar",
  "pronunciation",
  "partOfSpeech_noun",
  "partOfSpeech_verb",
  "partOfSpeech_adjective",
  "partOfSpeech_adverb",
  "partOfSpeech_pronoun",
  "partOfSpeech_determiner",
  "partOfSpeech_preposition",
  "partOfSpeech_conjunction",
  "partOfSpeech_numeral",
  "partOfSpeech_interjection",
  "partOfSpeech_name",
  "plural",
  "pastTense",
  "perfect",
  "listen",
  "loading",
  "lookupFailed",
  "status",
  "status_new",
  "status_learning",
  "status_known",
  "status_ignored",
  "setStatus_learning",
  "setStatus_known",
  "setStatus_ignored",
  "statusKeys",
  "inVocabulary",
  "colours",
  "coloursLegend",
  "markRestKnown",
  "markRestKnownHint",
  "markedKnownNone",
  "markedKnownUndone",
] as const;

/** Strings with a "{word}" placeholder, filled in the browser. */
const WORD_KEYS = ["saved", "savedSentence", "alreadySaved", "removed", "removedSentence"] as const;

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
    counterpartOf: t("counterpartOf", { english: "{english}", dutch: "{dutch}" }),
    noCounterpart: t("noCounterpart", { english: "{english}" }),
    ...(Object.fromEntries(WORD_KEYS.map((key) => [key, t(key, { word: "{word}" })])) as Record<
      (typeof WORD_KEYS)[number],
      string
    >),
    statusChanged: t("statusChanged", { word: "{word}", status: "{status}" }),
    statusRestored: t("statusRestored", { word: "{word}", status: "{status}" }),
    markedKnownOne: t("markedKnownOne"),
    markedKnown: t("markedKnown", { count: "{count}" }),
    errors: errorMessages(lng),
  };
}

export type ReaderStrings = ReturnType<typeof readerStrings>;
