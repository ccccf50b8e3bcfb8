/**
 * Loads the demo accounts and lessons. Safe to run on every start: what already exists is left as it is, so
 * users' accounts, vocabulary and their own lessons are never touched.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/auth/password";
import { createClient } from "../lib/db/create-client";
import { toParagraphRow } from "../lib/lesson-model/lesson-rows";
import { countWords } from "../lib/text/word-count";
import { DEMO_ACCOUNTS } from "./seed-data/demo-accounts";
import type { SeedLesson } from "./seed-data/seed-lesson";

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
}

main()
  .catch((error: unknown) => {
    console.error("seed failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
