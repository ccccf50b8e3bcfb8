/**
 * The demo learner's history with the demo lessons, so the reader's colours, the review queue and the statistics
 * have something to show on a fresh install (prisma/seed-vocabulary.ts plays it out).
 */

/** The lesson the learner read most: its common words become known, its names ignored. */
export const MAIN_LESSON = "zelenski-biden-2022-01";

/** How many days back the learner started, and the last day they saved words (yesterday). */
export const HISTORY_DAYS = 28;

/**
 * Words the learner saved, oldest first, spread over the weeks: each `form` exactly as it stands in the first
 * Dutch sentence of `lesson` that has it. Saving keys it as the reader does ("gaf" in "gaf … aan" → aangeven).
 */
export const SAVED_WORDS: readonly { lesson: string; form: string }[] = [
  { lesson: "a2-markt-in-utrecht", form: "keuken" },
  { lesson: "a2-markt-in-utrecht", form: "bloemkool" },
  { lesson: "a2-markt-in-utrecht", form: "kramen" },
  { lesson: "a2-markt-in-utrecht", form: "aardappels" },
  { lesson: "a2-markt-in-utrecht", form: "uien" },
  { lesson: "a2-markt-in-utrecht", form: "heerlijk" },
  { lesson: "a2-markt-in-utrecht", form: "proeven" },
  { lesson: "a2-markt-in-utrecht", form: "pittig" },
  { lesson: "a2-markt-in-utrecht", form: "verkoper" },
  { lesson: "a2-markt-in-utrecht", form: "stroopwafels" },
  { lesson: MAIN_LESSON, form: "gaf" },
  { lesson: MAIN_LESSON, form: "gesprek" },
  { lesson: MAIN_LESSON, form: "bijzondere" },
  { lesson: MAIN_LESSON, form: "relatie" },
  { lesson: MAIN_LESSON, form: "vrede" },
  { lesson: MAIN_LESSON, form: "behouden" },
  { lesson: MAIN_LESSON, form: "hervormingen" },
  { lesson: MAIN_LESSON, form: "waarderen" },
  { lesson: MAIN_LESSON, form: "steun" },
  { lesson: MAIN_LESSON, form: "maatregelen" },
  { lesson: MAIN_LESSON, form: "spanningen" },
  { lesson: MAIN_LESSON, form: "versnellen" },
  { lesson: MAIN_LESSON, form: "verklaring" },
  { lesson: "b1-fietsen-in-nederland", form: "inwoners" },
  { lesson: "b1-fietsen-in-nederland", form: "afstanden" },
  { lesson: "b1-fietsen-in-nederland", form: "verkeersregels" },
  { lesson: "b1-fietsen-in-nederland", form: "veilig" },
  { lesson: "b1-fietsen-in-nederland", form: "helm" },
  { lesson: "b1-fietsen-in-nederland", form: "vreemd" },
  { lesson: "b1-fietsen-in-nederland", form: "afleggen" },
  { lesson: "b1-fietsen-in-nederland", form: "gestolen" },
  { lesson: "b1-fietsen-in-nederland", form: "kantoor" },
  { lesson: "b1-fietsen-in-nederland", form: "tweedehands" },
  { lesson: MAIN_LESSON, form: "bemiddeling" },
  { lesson: MAIN_LESSON, form: "beloofde" },
  { lesson: MAIN_LESSON, form: "toewijding" },
  { lesson: MAIN_LESSON, form: "bondgenoten" },
  { lesson: MAIN_LESSON, form: "pogingen" },
  { lesson: MAIN_LESSON, form: "waarschuwde" },
  { lesson: MAIN_LESSON, form: "grens" },
  { lesson: MAIN_LESSON, form: "sancties" },
  { lesson: MAIN_LESSON, form: "breuk" },
  { lesson: MAIN_LESSON, form: "woordvoerder" },
];

/** The first saved words the learner later found they knew, and marked known this many days ago. */
export const GRADUATED = { words: 3, daysAgo: 5 };

/** How many of the main lesson's commonest words (saved words and names apart) the learner marked known. */
export const KNOWN_WORDS = 60;

/** Days ago the known words were marked, a batch each time the learner came back to the main lesson. */
export const KNOWN_BATCH_DAYS = [18, 14, 11, 8, 4, 2];

/** Names in the main lesson the learner ignored, when they first read it. */
export const IGNORED_FORMS = ["Zelenski", "Biden", "Poetin", "Donbass", "Genève"];

/** How often a review is graded Again, Hard, Good and Easy (a learner who mostly remembers). */
export const GRADE_ODDS = { again: 0.1, hard: 0.12, good: 0.68, easy: 0.1 };

/** Share of days without a review session. */
export const SKIPPED_DAYS = 0.15;
