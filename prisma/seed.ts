/**
 * Loads the demo accounts, lessons and class. Safe to run on every start: what already exists is left as it is, so
 * users' accounts, vocabulary, their own lessons and classes are never touched.
 */
import { randomInt } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/auth/password";
import { newJoinCode } from "../lib/classes/join-code";
import { createClient } from "../lib/db/create-client";
import { toParagraphRow } from "../lib/lesson-model/lesson-rows";
import { isUniqueViolation } from "../lib/db/unique-violation";
import { countWords } from "../lib/text/word-count";
import { DEMO_ACCOUNTS } from "./seed-data/demo-accounts";
import { DEMO_CLASS } from "./seed-data/demo-class";
import type { SeedLesson } from "./seed-data/seed-lesson";
import { seedDemoVocabulary } from "./seed-vocabulary";

const { client: db, ready } = createClient();

async function seedAccounts(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
    console.log(`seed: created ${account.role} ${account.email}`);
  }
}

async function seedLesson(lesson: SeedLesson): Promise<void> {
  const exists = await db.lesson.findUnique({ where: { slug: lesson.slug }, select: { id: true } });
  if (exists) return;
  const rows = lesson.paragraphs.map((paragraph) =>
    toParagraphRow({
      kind: paragraph.kind,
      language: paragraph.language,
      translationSource: "human",
      pairs: paragraph.sentences.map((pair) => ({ source: pair.source, translation: pair.translation ?? "" })),
    }),
  );
  const wordCount = rows
    .filter((row) => row.language === "nl")
    .reduce((sum, row) => sum + countWords(row.sourceText), 0);
  await db.lesson.create({
    data: {
      slug: lesson.slug,
      title: lesson.title,
      titleEnglish: lesson.titleEnglish,
      summary: lesson.summary,
      level: lesson.level,
      visibility: "public",
      wordCount,
      paragraphs: {
        create: rows.map(({ sentences, ...row }, position) => ({ ...row, position, sentences: { create: sentences } })),
      },
      glossary: {
        create: lesson.glossary.map((term) => ({
          term: term.term,
          variants: JSON.stringify(term.variants),
          english: term.english,
          note: term.note,
        })),
      },
    },
  });
  console.log(`seed: created lesson ${lesson.slug}`);
}

/**
 * The demo class, once: when the demo teacher already teaches any class (this one, perhaps renamed or archived —
 * classes are never deleted), or either demo account is gone, nothing is done. Its join code is random like any
 * other, so it cannot be guessed.
 */
async function seedDemoClass(): Promise<void> {
  const [teacher, learner] = await Promise.all(
    [DEMO_CLASS.teacherEmail, DEMO_CLASS.learnerEmail].map((email) =>
      db.user.findUnique({ where: { email }, select: { id: true } }),
    ),
  );
  if (!teacher || !learner) return;
  if (await db.classTeacher.findFirst({ where: { userId: teacher.id }, select: { classId: true } })) return;
  const lessons = await db.lesson.findMany({
    where: { slug: { in: DEMO_CLASS.lessons.map((lesson) => lesson.slug) } },
    select: { id: true, slug: true },
  });
  const now = Date.now();
  const assignments = DEMO_CLASS.lessons.flatMap((assigned, index) => {
    const lesson = lessons.find((found) => found.slug === assigned.slug);
    if (!lesson) return [];
    return [
      {
        lessonId: lesson.id,
        dueAt: assigned.dueInDays === null ? null : new Date(now + assigned.dueInDays * 86_400_000),
        instruction: assigned.instruction,
        // A second apart, so "newest first" among lessons without a due date keeps this order.
        createdAt: new Date(now - index * 1000),
      },
    ];
  });
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await db.classroom.create({
        data: {
          name: DEMO_CLASS.name,
          level: DEMO_CLASS.level,
          description: DEMO_CLASS.description,
          joinCode: newJoinCode(randomInt),
          teachers: { create: { userId: teacher.id } },
          members: { create: { userId: learner.id } },
          assignments: { create: assignments },
        },
      });
      console.log(`seed: created class ${DEMO_CLASS.name}`);
      return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

async function main(): Promise<void> {
  await ready;
  await seedAccounts();
  const folder = path.join(__dirname, "seed-data", "lessons");
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort((a, b) => (a.startsWith("zelenski") ? -1 : b.startsWith("zelenski") ? 1 : a.localeCompare(b)));
  for (const file of files) {
    await seedLesson(JSON.parse(readFileSync(path.join(folder, file), "utf8")) as SeedLesson);
  }
  await seedDemoClass();
  await seedDemoVocabulary(db);
}

main()
  .catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
