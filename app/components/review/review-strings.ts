import "server-only";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import type { IntervalUnit } from "@/lib/vocabulary/review-interval";
import { errorMessages } from "@/app/components/error-messages";

const PLAIN_KEYS = [
  "recognitionPrompt",
  "recognitionPromptWord",
  "productionPrompt",
  "productionPromptWord",
  "gap",
  "showAnswer",
  "headword",
  "meaning",
  "noMeaning",
  "note",
  "sentenceEnglish",
  "listen",
  "listenLabel",
  "noVoice",
  "openInLesson",
  "gradeQuestion",
  "undo",
  "keys",
  "empty",
  "nothingWaiting",
  "toVocabulary",
] as const;

const UNITS: IntervalUnit[] = ["minutes", "hours", "days", "months", "years"];

/**
 * The strings the review screen's client code needs, in the user's language (no i18n runtime ships to the
 * browser). Placeholders such as "{interval}" are filled in the browser with `fillTemplate`.
 */
export function reviewStrings(lng: UiLanguage) {
  const t = getT(lng, "review");
  const plain = Object.fromEntries(PLAIN_KEYS.map((key) => [key, t(key)])) as Record<
    (typeof PLAIN_KEYS)[number],
    string
  >;
  return {
    ...plain,
    lng,
    left: t("left", { new: "{new}", learning: "{learning}", review: "{review}" }),
    backIn: t("backIn", { interval: "{interval}" }),
    nextAt: t("nextAt", { when: "{when}", interval: "{interval}" }),
    grades: [t("grades.again"), t("grades.hard"), t("grades.good"), t("grades.easy")],
    announce: {
      answerShown: t("announce.answerShown"),
      graded: t("announce.graded", { grade: "{grade}", interval: "{interval}" }),
      alreadyGraded: t("announce.alreadyGraded"),
      undone: t("announce.undone", { word: "{word}" }),
      nothingToUndo: t("announce.nothingToUndo"),
    },
    intervals: Object.fromEntries(UNITS.map((unit) => [unit, t(`intervals.${unit}`, { n: "{n}" })])) as Record<
      IntervalUnit,
      string
    >,
    intervalWords: Object.fromEntries(
      UNITS.map((unit) => [
        unit,
        { one: t(`intervalWords.${unit}One`, { n: "{n}" }), other: t(`intervalWords.${unit}Other`, { n: "{n}" }) },
      ]),
    ) as Record<IntervalUnit, { one: string; other: string }>,
    errors: errorMessages(lng),
  };
}

export type ReviewStrings = ReturnType<typeof reviewStrings>;
