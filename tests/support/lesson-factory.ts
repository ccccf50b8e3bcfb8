import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client.server";
import { toParagraphRow, type AlignedParagraph } from "@/lib/lesson-model/lesson-rows";
import type { SeedLesson } from "@/prisma/seed-data/seed-lesson";

export interface AlignedLessonFields {
  ownerId?: string | null;
  visibility?: "public" | "private";
  paragraphs: AlignedParagraph[];
  glossary?: { term: string; english: string; note?: string; variants?: string[] }[];
}

/** A lesson with aligned sentence pairs, stored exactly as the app stores imported lessons. */
export async function createAlignedLesson(fields: AlignedLessonFields) {
  return db.lesson.create({
    data: {
      slug: `lesson-${randomUUID()}`,
      title: "Testles",
      level: "B1",
      ownerId: fields.ownerId ?? null,
      visibility: fields.visibility ?? "public",
      paragraphs: {
        create: fields.paragraphs.map((paragraph, position) => {
          const { sentences, ...row } = toParagraphRow(paragraph);
          return { ...row, position, sentences: { create: sentences } };
        }),
      },
      glossary: {
        create: (fields.glossary ?? []).map((term) => ({
          term: term.term,
          english: term.english,
          note: term.note ?? "",
          variants: JSON.stringify(term.variants ?? []),
        })),
      },
    },
    include: { paragraphs: { orderBy: { position: "asc" } }, glossary: true },
  });
}

/** The demo article as shipped in prisma/seed-data, stored as a lesson. */
export async function createDemoLesson(fields: Omit<AlignedLessonFields, "paragraphs" | "glossary"> = {}) {
  const seed = JSON.parse(
    readFileSync(path.resolve(__dirname, "../../prisma/seed-data/lessons/zelenski-biden-2022-01.json"), "utf8"),
  ) as SeedLesson;
  return createAlignedLesson({
    ...fields,
    paragraphs: seed.paragraphs.map((paragraph) => ({
      kind: paragraph.kind,
      language: paragraph.language,
      translationSource: "human",
      pairs: paragraph.sentences.map((pair) => ({ source: pair.source, translation: pair.translation ?? "" })),
    })),
    glossary: seed.glossary,
  });
}
