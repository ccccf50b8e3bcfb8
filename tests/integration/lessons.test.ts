import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { addTranslation } from "@/lib/lessons/add-translation.server";
import { createLesson } from "@/lib/lessons/create-lesson.server";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { MAX_EDITABLE_PARAGRAPHS } from "@/lib/lessons/alignment-draft";
import { getAlignmentDraft, saveAlignment } from "@/lib/lessons/lesson-alignment.server";
import { deleteLesson } from "@/lib/lessons/delete-lesson.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createDemoLesson } from "../support/lesson-factory";
import { firstVocabularyPage } from "../support/first-vocabulary-page";

const DUTCH = `Het weer

Het regent vandaag. Morgen schijnt de zon.

De Oekraïense president Zelenski gaf op Twitter aan dat het gesprek goed was.

We appreciate the unwavering support of Ukraine. — Володимир Зеленський (@ZelenskyyUa) 2 januari 2022`;

const ENGLISH = `The weather

It is raining today, but tomorrow the sun will shine.

Ukraine's President Zelensky said on Twitter that the conversation went well.

We appreciate the unwavering support of Ukraine. — Володимир Зеленський (@ZelenskyyUa) 2 January 2022`;

const text = (value: string) => ({ kind: "text" as const, text: value });

/** A lesson of the caller's, made as the new-lesson form makes it. */
async function newLesson(user: Awaited<ReturnType<typeof owner>>, title: string, english: string | null) {
  return createLesson(
    user,
    { title, level: "A2", mode: english === null ? "none" : "pasted" },
    { dutch: text(DUTCH), english: text(english ?? "") },
  );
}

async function owner(name = "teacher") {
  return registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });
}

/** Each paragraph's pairs as "Dutch = English", pairs joined by " | ". */
function pairsOf(paragraph: {
  sourceText: string;
  translationText: string | null;
  sentences: { start: number; end: number; translationStart: number; translationEnd: number }[];
}): string {
  return paragraph.sentences
    .map(
      (s) =>
        `${paragraph.sourceText.slice(s.start, s.end)} = ${paragraph.translationText?.slice(s.translationStart, s.translationEnd) ?? "∅"}`,
    )
    .join(" | ");
}

async function storedPairs(lessonId: string): Promise<string[]> {
  const paragraphs = await db.paragraph.findMany({
    where: { lessonId },
    orderBy: { position: "asc" },
    include: { sentences: { orderBy: { position: "asc" } } },
  });
  return paragraphs.map(pairsOf);
}

describe("creating a lesson from a text and a pasted translation", () => {
  it("recognises kinds and languages and aligns 2-1 pairs", async () => {
    const user = await owner();
    const lessonId = await newLesson(user, "Het weer", ENGLISH);
    expect(await storedPairs(lessonId)).toEqual([
      "Het weer = The weather",
      "Het regent vandaag. Morgen schijnt de zon. = It is raining today, but tomorrow the sun will shine.",
      "De Oekraïense president Zelenski gaf op Twitter aan dat het gesprek goed was. = Ukraine's President Zelensky said on Twitter that the conversation went well.",
      "We appreciate the unwavering support of Ukraine. = ∅ | — Володимир Зеленський (@ZelenskyyUa) 2 januari 2022 = ∅",
    ]);
    const stored = await db.paragraph.findMany({ where: { lessonId }, orderBy: { position: "asc" } });
    expect(stored.map((paragraph) => `${paragraph.kind}/${paragraph.language}/${paragraph.translationSource}`)).toEqual(
      ["heading/nl/human", "paragraph/nl/human", "paragraph/nl/human", "quote/en/original"],
    );
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(lesson).toMatchObject({ ownerId: user.id, visibility: "private", wordCount: 22 });
  });

  it("lets the owner correct the pairs, refuses a tampered correction, and keeps the texts", async () => {
    const user = await owner();
    const lessonId = await newLesson(user, "Het weer", ENGLISH);
    const { draft } = await getAlignmentDraft(user, lessonId);
    const pairs = draft.paragraphs.map((paragraph) => paragraph.pairs);
    expect(pairs[1]).toEqual([{ source: [0, 1], target: [1] }]);

    const split = structuredClone(pairs);
    split[1] = [
      { source: [0], target: [1] },
      { source: [1], target: [] },
    ];
    await saveAlignment(user, lessonId, split);
    expect((await storedPairs(lessonId))[1]).toBe(
      "Het regent vandaag. = It is raining today, but tomorrow the sun will shine. | Morgen schijnt de zon. = ",
    );

    const dropped = structuredClone(split);
    dropped[1] = [{ source: [0], target: [1] }];
    await expect(saveAlignment(user, lessonId, dropped)).rejects.toMatchObject({ code: "invalid-input" });
    const stranger = await owner("stranger");
    await expect(saveAlignment(stranger, lessonId, split)).rejects.toMatchObject({ code: "not-found" });
    await expect(getAlignmentDraft(stranger, lessonId)).rejects.toMatchObject({ code: "not-found" });
    expect((await storedPairs(lessonId))[1]).toContain("Morgen schijnt de zon. = ");
  });

  it("refuses to edit the pairs of a lesson too long for the editor, before reading them", async () => {
    const user = await owner();
    const paragraphs = Array.from({ length: MAX_EDITABLE_PARAGRAPHS + 1 }, (_, index) => `Zin ${index}.`);
    const lessonId = await createLesson(
      user,
      { title: "Lang", level: "B1", mode: "pasted" },
      { dutch: text(paragraphs.join("\n\n")), english: text(paragraphs.join("\n\n")) },
    );
    await expect(getAlignmentDraft(user, lessonId)).rejects.toMatchObject({ code: "too-long-to-correct" });
    await expect(saveAlignment(user, lessonId, [])).rejects.toMatchObject({ code: "too-long-to-correct" });
    expect((await getReaderLesson(lessonId, user)).lesson.paragraphs[0]!.translation).toEqual([
      { position: 0, text: "Zin 0." },
    ]);
  });

  it("adds a translation to a lesson that had none, and the reader shows it", async () => {
    const user = await owner();
    const lessonId = await newLesson(user, "Het weer", null);
    const before = (await getReaderLesson(lessonId, user)).lesson;
    expect(before.paragraphs[1]!.translation).toBeNull();

    const stranger = await owner("stranger");
    await expect(addTranslation(stranger, lessonId, text(ENGLISH))).rejects.toMatchObject({ code: "not-found" });
    await addTranslation(user, lessonId, text(ENGLISH));
    const after = (await getReaderLesson(lessonId, user)).lesson;
    expect(after.paragraphs[1]!.translation!.map((sentence) => sentence.text)).toEqual([
      "It is raining today, but tomorrow the sun will shine.",
    ]);
    await expect(getReaderLesson(lessonId, null)).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("the reader view", () => {
  it("marks glossary terms in their inflected, reordered and separated forms", async () => {
    const lesson = await createDemoLesson();
    const view = (await getReaderLesson(lesson.id, null)).lesson;
    const glossary = new Map(view.glossary.map((term) => [term.id, term.term]));
    const marks = view.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.flatMap((sentence) =>
        sentence.runs.filter((run) => run.termId).map((run) => `${run.text}=${glossary.get(run.termId!)}`),
      ),
    );
    expect(marks).toEqual(
      expect.arrayContaining([
        "akkoorden van Minsk=Minsk-akkoorden",
        "hervormingen=hervorming",
        "gaf=aangeven",
        "aan=aangeven",
        "bondgenoten=bondgenoot",
        "sancties=sanctie",
        "Witte Huis=Witte Huis",
        "staatshoofd=staatshoofd",
        "niets over jullie zonder jullie=niets over jullie zonder jullie",
      ]),
    );
    // Every curated term of the demo lesson occurs in its text.
    expect(new Set(marks.map((mark) => mark.split("=")[1]))).toEqual(new Set(glossary.values()));
  });
});

describe("deleting a lesson", () => {
  it("removes the owner's lesson and keeps learners' saved sentences", async () => {
    const user = await owner();
    const lessonId = await newLesson(user, "Weg", null);
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { lessonId, position: 1 } });
    await saveVocabulary(user, { lessonId, paragraphId: paragraph.id, sentencePosition: 0, form: "regent" });
    const stranger = await owner("stranger");
    await expect(deleteLesson(stranger, lessonId)).rejects.toMatchObject({ code: "not-found" });

    await deleteLesson(user, lessonId);
    expect(await db.lesson.findUnique({ where: { id: lessonId } })).toBeNull();
    expect(await db.paragraph.count({ where: { lessonId } })).toBe(0);
    const [item] = await firstVocabularyPage(user, "");
    expect(item!.contexts).toEqual([expect.objectContaining({ sentence: "Het regent vandaag.", lessonId: null })]);
  });
});
