/**
 * The demo learner's few weeks with the demo lessons (prisma/seed-data/demo-vocabulary.ts), played out day by day:
 * words saved in the evening from real sentences, keyed exactly as saving them in the reader keys them; a review
 * session most mornings, graded through the app's scheduler at those past moments; the main lesson's common words
 * marked known in batches and its names ignored. Written once, when the learner has no vocabulary yet, and the same
 * on every fresh install (a seeded pseudo-random sequence), relative to the day it runs.
 *
 * Statuses and their changes are written as rows here, as setWordStatuses writes them: that module is server-only
 * and the seed runs under plain tsx. The changes are appended in the order they happened, each at its own moment.
 */
import type { PrismaClient } from "../lib/db/generated/sqlite/client";
import { newRecordId } from "../lib/db/new-record-id";
import type { Dictionary } from "../lib/dictionary/dictionary";
import { readDictionaryFiles } from "../lib/dictionary/read-dictionary-files";
import { lemmaKey } from "../lib/language/lemma-key";
import { lookupWord, vocabularyEntryOf } from "../lib/lesson-model/word-lookup";
import { tokenize } from "../lib/text/tokens";
import { DEFAULT_LEARNER_SETTINGS } from "../lib/vocabulary/learner-settings";
import type { ReviewDaySettings } from "../lib/vocabulary/review-day";
import {
  gradeCard,
  GRADES,
  newCard,
  type CardFields,
  type LogFields,
  type ReviewGrade,
} from "../lib/vocabulary/review-scheduler";
import { reviewDaysAround, type ReviewDayRange } from "../lib/vocabulary/stats/review-days";
import type { WordStatus } from "../lib/vocabulary/word-status";
import { DEMO_ACCOUNTS } from "./seed-data/demo-accounts";
import {
  GRADE_ODDS,
  GRADUATED,
  HISTORY_DAYS,
  IGNORED_FORMS,
  KNOWN_BATCH_DAYS,
  KNOWN_WORDS,
  MAIN_LESSON,
  SAVED_WORDS,
  SKIPPED_DAYS,
} from "./seed-data/demo-vocabulary";

const HOUR = 3_600_000;

/** A Dutch sentence of a seeded lesson, with its place (for the link back) and its aligned English. */
interface LessonSentence {
  lessonId: string;
  paragraphId: string;
  position: number;
  text: string;
  english: string;
}

/** A word met in a sentence, keyed as saveVocabulary keys it. */
interface KeyedWord {
  sentence: LessonSentence;
  form: string;
  key: string;
  headword: string;
  english: string;
  isLikelyName: boolean;
}

interface SavedWord extends KeyedWord {
  lesson: string;
  itemId: string;
  daysAgo: number;
  savedAt: Date;
  card: CardFields;
  learning: boolean;
}

/** mulberry32: a small seeded generator, so every install gets the same history. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pickGrade(random: () => number): ReviewGrade {
  const draw = random();
  const odds = [GRADE_ODDS.again, GRADE_ODDS.hard, GRADE_ODDS.good, GRADE_ODDS.easy];
  let sum = 0;
  for (const [index, odd] of odds.entries()) {
    sum += odd;
    if (draw < sum) return GRADES[index]!;
  }
  return GRADES[2];
}

async function lessonSentences(db: PrismaClient): Promise<Map<string, LessonSentence[]>> {
  const lessons = await db.lesson.findMany({
    where: { slug: { in: [...new Set(SAVED_WORDS.map((word) => word.lesson))] } },
    select: {
      id: true,
      slug: true,
      paragraphs: {
        where: { language: "nl" },
        orderBy: { position: "asc" },
        select: { id: true, sourceText: true, translationText: true, sentences: { orderBy: { position: "asc" } } },
      },
    },
  });
  return new Map(
    lessons.map((lesson) => [
      lesson.slug,
      lesson.paragraphs.flatMap((paragraph) =>
        paragraph.sentences.map((span) => ({
          lessonId: lesson.id,
          paragraphId: paragraph.id,
          position: span.position,
          text: paragraph.sourceText.slice(span.start, span.end),
          english: (paragraph.translationText ?? "").slice(span.translationStart, span.translationEnd).trim(),
        })),
      ),
    ]),
  );
}

/** Every word of the sentences, keyed (the reader's lookup: a separable verb's part gets the verb's key). */
function keyedWords(sentences: readonly LessonSentence[], dictionary: Dictionary): KeyedWord[] {
  return sentences.flatMap((sentence) =>
    tokenize(sentence.text)
      .filter((token) => token.isWord)
      .flatMap((token) => {
        const lookup = lookupWord(sentence.text, token.start, dictionary);
        if (!lookup) return [];
        const { headword, english } = vocabularyEntryOf(lookup);
        const key = lemmaKey(headword, dictionary);
        return [{ sentence, form: token.text, key, headword, english, isLikelyName: lookup.analysis.isLikelyName }];
      }),
  );
}

function firstWithForm(words: readonly KeyedWord[], form: string, lesson: string): KeyedWord {
  const word = words.find((candidate) => candidate.form === form);
  if (!word) throw new Error(`demo vocabulary: "${form}" is not a word of ${lesson}`);
  return word;
}

/** The main lesson's commonest keys (first met first among equals), leaving out saved words, ignored ones and names. */
function commonestKeys(words: readonly KeyedWord[], leaveOut: ReadonlySet<string>, count: number): string[] {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (word.isLikelyName || leaveOut.has(word.key) || !/^\p{L}/u.test(word.key)) continue;
    counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key)
    .slice(0, count);
}

/**
 * One morning's reviews, as the review screen runs them: every card of a word still learning that is due before
 * the day ends, soonest first, a few seconds each; a card in a learning step comes back when its step is over.
 */
function reviewSession(
  words: readonly SavedWord[],
  start: Date,
  day: ReviewDayRange,
  random: () => number,
): { itemId: string; log: LogFields }[] {
  const logs: { itemId: string; log: LogFields }[] = [];
  let clock = start.getTime();
  for (let reviews = 0; reviews < 500; reviews++) {
    const next = words
      .filter((word) => word.learning && word.card.due < day.end)
      .sort((a, b) => a.card.due.getTime() - b.card.due.getTime())[0];
    if (!next) break;
    const inStep = next.card.state === 1 || next.card.state === 3;
    if (inStep) clock = Math.max(clock, next.card.due.getTime());
    if (clock >= day.end.getTime()) break;
    const graded = gradeCard(next.card, pickGrade(random), new Date(clock));
    next.card = graded.card;
    logs.push({ itemId: next.itemId, log: graded.log });
    clock += (6 + random() * 20) * 1000;
  }
  return logs;
}

/** Gives the demo learner their history, unless they already have any vocabulary. */
export async function seedDemoVocabulary(db: PrismaClient, now = new Date()): Promise<void> {
  const email = DEMO_ACCOUNTS.find((account) => account.role === "learner")?.email;
  const learner = email && (await db.user.findUnique({ where: { email }, select: { id: true } }));
  if (!learner) return;
  if (await db.vocabularyItem.findFirst({ where: { userId: learner.id }, select: { id: true } })) return;
  const sentences = await lessonSentences(db);
  if (SAVED_WORDS.some((word) => !sentences.has(word.lesson))) return;

  const dictionary = readDictionaryFiles();
  const wordsByLesson = new Map([...sentences].map(([slug, list]) => [slug, keyedWords(list, dictionary)]));
  const mainWords = wordsByLesson.get(MAIN_LESSON)!;
  const random = randomSequence(20_260_105);
  const settings: ReviewDaySettings =
    (await db.learnerSettings.findUnique({ where: { userId: learner.id } })) ?? DEFAULT_LEARNER_SETTINGS;
  // Day 0 is HISTORY_DAYS - 1 days ago, the last one yesterday: today is left for the learner.
  const days = reviewDaysAround(now, settings, 1 - HISTORY_DAYS, -1);
  const dayOf = (daysAgo: number) => days[HISTORY_DAYS - 1 - daysAgo]!;
  /** A moment `fromHour`–`toHour` hours into the day (with the default 04:00 start, 08:00–10:00 is 4–6). */
  const momentIn = (day: ReviewDayRange, fromHour: number, toHour: number) =>
    new Date(day.start.getTime() + (fromHour + random() * (toHour - fromHour)) * HOUR);

  const saved: SavedWord[] = SAVED_WORDS.map((entry, index) => {
    const daysAgo = HISTORY_DAYS - 1 - Math.floor((index * (HISTORY_DAYS - 1)) / SAVED_WORDS.length);
    const savedAt = momentIn(dayOf(daysAgo), 15, 18);
    const word = firstWithForm(wordsByLesson.get(entry.lesson)!, entry.form, entry.lesson);
    return {
      ...word,
      lesson: entry.lesson,
      itemId: newRecordId(),
      daysAgo,
      savedAt,
      card: newCard(savedAt),
      learning: false,
    };
  });
  if (new Set(saved.map((word) => word.key)).size !== saved.length) throw new Error("demo vocabulary: a word twice");
  const ignored = [...new Set(IGNORED_FORMS.map((form) => firstWithForm(mainWords, form, MAIN_LESSON).key))];
  const known = commonestKeys(mainWords, new Set([...saved.map((word) => word.key), ...ignored]), KNOWN_WORDS);

  const changes: { key: string; status: WordStatus; at: Date }[] = [];
  const logs: { itemId: string; log: LogFields }[] = [];
  const firstMainSave = saved.find((word) => word.lesson === MAIN_LESSON)!;
  for (let daysAgo = HISTORY_DAYS - 1; daysAgo >= 1; daysAgo--) {
    const day = dayOf(daysAgo);
    if (random() >= SKIPPED_DAYS) logs.push(...reviewSession(saved, momentIn(day, 4, 6), day, random));
    for (const word of saved.filter((candidate) => candidate.daysAgo === daysAgo)) {
      word.learning = true;
      changes.push({ key: word.key, status: "learning", at: word.savedAt });
    }
    const evening = momentIn(day, 18, 19);
    if (daysAgo === firstMainSave.daysAgo) {
      changes.push(...ignored.map((key) => ({ key, status: "ignored" as const, at: evening })));
    }
    const batch = KNOWN_BATCH_DAYS.indexOf(daysAgo);
    if (batch >= 0) {
      const size = Math.ceil(known.length / KNOWN_BATCH_DAYS.length);
      changes.push(
        ...known.slice(batch * size, (batch + 1) * size).map((key) => ({ key, status: "known" as const, at: evening })),
      );
    }
    if (daysAgo === GRADUATED.daysAgo) {
      for (const word of saved.slice(0, GRADUATED.words)) {
        word.learning = false;
        changes.push({ key: word.key, status: "known", at: evening });
      }
    }
  }

  // In the order they happened, which is how the change log is read back; a key's last change is its status.
  changes.sort((a, b) => a.at.getTime() - b.at.getTime());
  const statuses = new Map(changes.map((change) => [change.key, change]));
  await db.$transaction([
    db.vocabularyItem.createMany({
      data: saved.map((word) => ({
        id: word.itemId,
        userId: learner.id,
        key: word.key,
        headword: word.headword,
        english: word.english,
        createdAt: word.savedAt,
        updatedAt: word.savedAt,
      })),
    }),
    db.vocabularyContext.createMany({
      data: saved.map((word) => ({
        itemId: word.itemId,
        lessonId: word.sentence.lessonId,
        paragraphId: word.sentence.paragraphId,
        sentencePosition: word.sentence.position,
        form: word.form,
        sentence: word.sentence.text,
        english: word.sentence.english,
        createdAt: word.savedAt,
      })),
    }),
    db.reviewCard.createMany({
      data: saved.map((word) => ({ itemId: word.itemId, userId: learner.id, ...word.card })),
    }),
    db.reviewLog.createMany({
      data: logs.map(({ itemId, log }) => ({ itemId, userId: learner.id, direction: "recognition", ...log })),
    }),
    db.wordStatus.createMany({
      data: [...statuses.values()].map((change) => ({
        userId: learner.id,
        key: change.key,
        status: change.status,
        updatedAt: change.at,
      })),
    }),
    db.wordStatusChange.createMany({ data: changes.map((change) => ({ userId: learner.id, ...change })) }),
  ]);
  console.log(
    `seed: gave ${email} ${saved.length} saved words with ${logs.length} reviews, ` +
      `${known.length + GRADUATED.words} known and ${ignored.length} ignored words`,
  );
}
