import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { tokenize } from "@/lib/text/tokens";
import { DEFAULT_LEARNER_SETTINGS } from "@/lib/vocabulary/learner-settings";
import { reviewDay } from "@/lib/vocabulary/review-day";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { toRole } from "@/lib/auth/roles";
import { GRADUATED } from "@/prisma/seed-data/demo-vocabulary";

function runSeed() {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], {
    cwd: path.resolve(__dirname, "../.."),
    env: process.env,
    stdio: "pipe",
  });
}

describe("seed", () => {
  it("loads the demo accounts and lessons, and a second run keeps existing data as it is", async () => {
    runSeed();
    expect(await db.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } })).toEqual([
      { email: "learner@example.com", role: "learner" },
      { email: "teacher@example.com", role: "teacher" },
    ]);
    const lessons = await db.lesson.findMany({ select: { slug: true, level: true, visibility: true } });
    expect(lessons).toHaveLength(3);
    expect(lessons.every((lesson) => lesson.visibility === "public")).toBe(true);
    const demoClass = await db.classroom.findFirstOrThrow({
      include: {
        teachers: { select: { user: { select: { email: true } } } },
        members: { select: { user: { select: { email: true } } } },
        assignments: { select: { dueAt: true, instruction: true } },
      },
    });
    expect(demoClass).toMatchObject({ name: "Demoklas B1", level: "B1", joinEnabled: true, archivedAt: null });
    expect(demoClass.teachers).toEqual([{ user: { email: "teacher@example.com" } }]);
    expect(demoClass.members).toEqual([{ user: { email: "learner@example.com" } }]);
    expect(demoClass.assignments).toHaveLength(3);
    const due = demoClass.assignments.filter((assignment) => assignment.dueAt !== null);
    expect(due).toHaveLength(1);
    expect(due[0]!.dueAt!.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect(due[0]!.instruction).not.toBe("");
    await db.classroom.update({ where: { id: demoClass.id }, data: { name: "Mijn klas" } });
    await db.classMember.deleteMany({ where: { classId: demoClass.id } });

    const learner = await db.user.update({ where: { email: "learner@example.com" }, data: { name: "Renamed" } });
    await db.vocabularyItem.create({ data: { userId: learner.id, key: "eigen woord", headword: "eigen woord" } });
    const counts = { paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() };
    const vocabulary = await db.vocabularyItem.count();

    runSeed();
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).name).toBe("Renamed");
    expect(await db.vocabularyItem.count()).toBe(vocabulary);
    expect(await db.lesson.count()).toBe(3);
    expect(await db.classroom.findMany({ select: { name: true } })).toEqual([{ name: "Mijn klas" }]);
    expect(await db.classMember.count()).toBe(0);
    expect({ paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() }).toEqual(counts);
    // Two runs of the seed script, each a separate Node process.
  }, 30_000);

  it("gives the demo learner weeks of saved words and reviews once, with reviews waiting today", async () => {
    runSeed();
    const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@example.com" } });
    const items = await db.vocabularyItem.findMany({
      where: { userId: learner.id },
      include: { contexts: true, card: true },
      orderBy: { createdAt: "asc" },
    });
    expect(items.length).toBeGreaterThanOrEqual(35);
    const days = (items.at(-1)!.createdAt.getTime() - items[0]!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(20);
    for (const item of items) {
      expect(item.card).not.toBeNull();
      expect(item.contexts).toHaveLength(1);
      const [context] = item.contexts;
      expect(tokenize(context!.sentence).map((token) => token.text)).toContain(context!.form);
      expect(context!.english).not.toBe("");
    }
    const logs = await db.reviewLog.findMany({ where: { userId: learner.id } });
    expect(logs.length).toBeGreaterThan(100);
    expect(logs.every((log) => log.direction === "recognition" && log.review < new Date())).toBe(true);
    expect(new Set(logs.map((log) => log.rating))).toEqual(new Set([1, 2, 3, 4]));
    const statuses = await db.wordStatus.groupBy({ by: ["status"], where: { userId: learner.id }, _count: true });
    const count = (status: string) => statuses.find((row) => row.status === status)?._count ?? 0;
    expect(count("learning")).toBeGreaterThanOrEqual(30);
    expect(count("known")).toBeGreaterThanOrEqual(50);
    expect(count("ignored")).toBeGreaterThan(0);
    expect(await db.wordStatusChange.count({ where: { userId: learner.id } })).toBe(
      // The words a learner came to know were learning first: two changes each.
      count("learning") + count("known") + count("ignored") + GRADUATED.words,
    );

    const today = reviewDay(new Date(), DEFAULT_LEARNER_SETTINGS);
    const learningKeys = (await db.wordStatus.findMany({ where: { userId: learner.id, status: "learning" } })).map(
      (row) => row.key,
    );
    const dueToday = items.filter((item) => learningKeys.includes(item.key) && item.card!.due < today.end);
    expect(dueToday.length).toBeGreaterThan(0);

    // Saving a seeded word again from its sentence in the reader finds the same item: the seed keyed it as saving does.
    const user = { id: learner.id, email: learner.email, name: learner.name, role: toRole(learner.role) };
    const separable = items.find((item) => item.key === "aangeven")!.contexts[0]!;
    const again = await saveVocabulary(user, {
      lessonId: separable.lessonId!,
      paragraphId: separable.paragraphId!,
      sentencePosition: separable.sentencePosition!,
      form: separable.form,
      wordOffset: separable.sentence.indexOf(separable.form),
    });
    expect(again).toMatchObject({ itemCreated: false, contextCreated: false, key: "aangeven" });

    const logCount = logs.length;
    await db.vocabularyItem.delete({ where: { id: items[5]!.id } });
    runSeed();
    expect(await db.vocabularyItem.count({ where: { userId: learner.id } })).toBe(items.length - 1);
    expect(await db.reviewLog.count()).toBeLessThan(logCount);
  }, 30_000);
});
