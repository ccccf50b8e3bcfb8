import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client.server";
import type { GlossaryTerm, Lesson, Paragraph, User } from "@/lib/db/generated/sqlite/client";

/** Test data written straight to the database; every field not given gets a harmless default. */

export async function createUser(fields: Partial<Pick<User, "email" | "name" | "role" | "uiLanguage">> = {}) {
  const id = randomUUID();
  return db.user.create({
    data: { email: `user-${id}@example.test`, name: "Test User", passwordHash: "not-a-real-hash", ...fields },
  });
}

export interface ParagraphFields {
  sourceText: string;
  language?: string;
  kind?: string;
  translationText?: string | null;
  translationSource?: string;
}

export interface LessonFields {
  title?: string;
  level?: string;
  ownerId?: string | null;
  visibility?: string;
  glossaryVersion?: number;
  /** In reading order; a plain string is a Dutch paragraph. */
  paragraphs?: (string | ParagraphFields)[];
  glossary?: Pick<GlossaryTerm, "term" | "english">[];
}

export async function createLesson(
  fields: LessonFields = {},
): Promise<Lesson & { paragraphs: Paragraph[]; glossary: GlossaryTerm[] }> {
  const { paragraphs = [], glossary = [], ...lesson } = fields;
  return db.lesson.create({
    data: {
      slug: `lesson-${randomUUID()}`,
      title: "Test lesson",
      level: "B1",
      ...lesson,
      paragraphs: {
        create: paragraphs.map((paragraph, position) => ({
          position,
          ...(typeof paragraph === "string" ? { sourceText: paragraph } : paragraph),
        })),
      },
      glossary: { create: glossary },
    },
    include: { paragraphs: { orderBy: { position: "asc" } }, glossary: true },
  });
}
