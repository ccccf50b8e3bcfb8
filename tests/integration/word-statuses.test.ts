import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { MAX_COMPUTED_PER_CALL } from "@/lib/lessons/lesson-lemma-keys.server";
import { lessonNewShares } from "@/lib/lessons/lesson-new-shares.server";
import { lessonWordStatuses, type LessonWordStatuses } from "@/lib/lessons/lesson-word-statuses.server";
import { markRestKnown, undoMarkKnown } from "@/lib/lessons/mark-rest-known.server";
import { changeWordStatus, undoWordStatus } from "@/lib/vocabulary/change-word-status.server";
import { undoSaveVocabulary } from "@/lib/vocabulary/delete-vocabulary.server";
import { updateLearnerSettings } from "@/lib/vocabulary/learner-settings.server";
import { gradeCard } from "@/lib/vocabulary/review-scheduler";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createAlignedLesson } from "../support/lesson-factory";

async function learner(name: string) {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

const SENTENCE = "Zelenski gaf op Twitter aan dat de akkoorden van Minsk belangrijk zijn.";

async function lesson() {
  return createAlignedLesson({
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [
          { source: SENTENCE, translation: "Zelensky said on Twitter that the Minsk agreements are important." },
          { source: "De akkoorden zijn oud.", translation: "The agreements are old." },
        ],
      },
    ],
  });
}

/** The marks of each word of a sentence pair, by the word's text: "gaf" → "learning-1". */
function marksOf(statuses: LessonWordStatuses, pair: string, text: string): Record<string, string> {
  const triples = statuses.words[pair] ?? [];
  const marks: Record<string, string> = {};
  for (let at = 0; at < triples.length; at += 3) {
    marks[text.slice(triples[at]!, triples[at + 1]!)] = statuses.marks[triples[at + 2]!]!;
  }
  return marks;
}

async function statusOf(user: CurrentUser, key: string) {
  return (await db.wordStatus.findUnique({ where: { userId_key: { userId: user.id, key } } }))?.status ?? "new";
}

describe("word statuses", () => {
  it("a saved word is learning, in both parts of its separable verb and in every form, until the save is undone", async () => {
    const user = await learner("anna");
    const { id, paragraphs } = await lesson();
    const pair = `${paragraphs[0]!.id}:0`;
    const saved = await saveVocabulary(user, {
      lessonId: id,
      paragraphId: paragraphs[0]!.id,
      sentencePosition: 0,
      form: "gaf",
      wordOffset: SENTENCE.indexOf("gaf"),
    });
    expect(saved).toMatchObject({ key: "aangeven", itemCreated: true, previousStatus: "new" });
    expect(await db.reviewCard.count({ where: { itemId: saved.itemId, state: 0 } })).toBe(1);

    const marks = marksOf(await lessonWordStatuses(user, id, 1), pair, SENTENCE);
    expect(marks).toMatchObject({ gaf: "learning-1", aan: "learning-1", Twitter: "new", akkoorden: "new" });

    await undoSaveVocabulary(user, saved);
    expect(await statusOf(user, "aangeven")).toBe("new");
    expect(marksOf(await lessonWordStatuses(user, id, 1), pair, SENTENCE).gaf).toBe("new");
  });

  it("marks a word held well after a good review more strongly than one never reviewed", async () => {
    const user = await learner("anna");
    const { id, paragraphs } = await lesson();
    const saved = await saveVocabulary(user, {
      lessonId: id,
      paragraphId: paragraphs[0]!.id,
      sentencePosition: 1,
      form: "oud",
      wordOffset: "De akkoorden zijn ".length,
    });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { itemId: saved.itemId } });
    const easy = gradeCard(card, 4, new Date());
    await db.reviewCard.update({ where: { itemId: saved.itemId }, data: easy.card });
    const marks = marksOf(await lessonWordStatuses(user, id, 1), `${paragraphs[0]!.id}:1`, "De akkoorden zijn oud.");
    expect(marks.oud).toBe("learning-3");
  });

  it("a saved phrase is marked where it stands, and its words keep their own marks", async () => {
    const user = await learner("anna");
    const { id, paragraphs } = await lesson();
    await saveVocabulary(user, {
      lessonId: id,
      paragraphId: paragraphs[0]!.id,
      sentencePosition: 0,
      form: "akkoorden van Minsk",
    });
    const statuses = await lessonWordStatuses(user, id, 1);
    const phrases = statuses.phrases[`${paragraphs[0]!.id}:0`]!;
    expect(SENTENCE.slice(phrases[0], phrases[1])).toBe("akkoorden van Minsk");
    expect(statuses.marks[phrases[2]!]).toBe("learning-1");
    expect(marksOf(statuses, `${paragraphs[0]!.id}:0`, SENTENCE).akkoorden).toBe("new");
  });

  it("known and ignored words are not marked; undo restores the status before", async () => {
    const user = await learner("anna");
    const { id, paragraphs } = await lesson();
    expect(await changeWordStatus(user, "twitter", "ignored")).toBe("new");
    expect(await changeWordStatus(user, "belangrijk", "known")).toBe("new");
    const marks = marksOf(await lessonWordStatuses(user, id, 1), `${paragraphs[0]!.id}:0`, SENTENCE);
    expect(marks).toMatchObject({ Twitter: "ignored", belangrijk: "known", Zelenski: "new" });
    await undoWordStatus(user, "belangrijk", "new");
    expect(await statusOf(user, "belangrijk")).toBe("new");
    expect(await db.wordStatusChange.count({ where: { userId: user.id, key: "belangrijk" } })).toBe(2);
  });

  it("does not make an unsaved word learning (there is no card to learn)", async () => {
    const user = await learner("anna");
    await expect(changeWordStatus(user, "belangrijk", "learning")).rejects.toMatchObject({ code: "invalid-input" });
    expect(await statusOf(user, "belangrijk")).toBe("new");
  });

  it("marks the rest of a lesson known, keeping learning and ignored words, and undoes it", async () => {
    const user = await learner("anna");
    const { id, paragraphs } = await lesson();
    await saveVocabulary(user, {
      lessonId: id,
      paragraphId: paragraphs[0]!.id,
      sentencePosition: 0,
      form: "gaf",
      wordOffset: SENTENCE.indexOf("gaf"),
    });
    await changeWordStatus(user, "twitter", "ignored");
    const [share] = (await lessonNewShares(user, [{ id, updatedAt: new Date(0) }])).values();
    expect(share).toBeGreaterThan(0.8);

    const marked = await markRestKnown(user, id);
    expect(marked).toContain("akkoord");
    expect(marked).toContain("oud");
    expect(marked).not.toContain("aangeven");
    expect(await statusOf(user, "aangeven")).toBe("learning");
    expect(await statusOf(user, "twitter")).toBe("ignored");
    expect((await lessonNewShares(user, [{ id, updatedAt: new Date(0) }])).get(id)).toBe(0);

    await changeWordStatus(user, "oud", "ignored");
    await undoMarkKnown(user, marked);
    expect(await statusOf(user, "akkoord")).toBe("new");
    expect(await statusOf(user, "oud")).toBe("ignored");
  });

  it("works out at most a few new lessons' words per request, the rest on the next ones", async () => {
    const user = await learner("anna");
    const lessons = await Promise.all(Array.from({ length: MAX_COMPUTED_PER_CALL + 2 }, () => lesson()));
    expect((await lessonNewShares(user, lessons)).size).toBe(MAX_COMPUTED_PER_CALL);
    expect((await lessonNewShares(user, lessons)).size).toBe(lessons.length);
  });

  it("says whether the learner turned colours off", async () => {
    const user = await learner("anna");
    const { id } = await lesson();
    expect((await lessonWordStatuses(user, id, 1)).colours).toBe(true);
    await updateLearnerSettings(user.id, { statusColours: false });
    expect((await lessonWordStatuses(user, id, 1)).colours).toBe(false);
  });

  it("keeps each learner's statuses apart", async () => {
    const anna = await learner("anna");
    const ben = await learner("ben");
    const { id, paragraphs } = await lesson();
    await changeWordStatus(anna, "belangrijk", "known");
    const marks = marksOf(await lessonWordStatuses(ben, id, 1), `${paragraphs[0]!.id}:0`, SENTENCE);
    expect(marks.belangrijk).toBe("new");
  });
});
