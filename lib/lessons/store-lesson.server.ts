import "server-only";
import { randomBytes } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { countWords } from "@/lib/text/word-count";
import { toParagraphRow, type AlignedParagraph } from "./lesson-rows";
import type { LessonDetails } from "./lesson-input";

function slugFor(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base || "les"}-${randomBytes(4).toString("hex")}`;
}

/** Stores a new lesson, private to its creator, with its paragraphs and sentence pairs. */
export async function storeLesson(
  user: CurrentUser,
  details: Pick<LessonDetails, "title" | "level">,
  paragraphs: readonly AlignedParagraph[],
): Promise<string> {
  const rows = paragraphs.map(toParagraphRow);
  const lesson = await db.lesson.create({
    data: {
      slug: slugFor(details.title),
      title: details.title,
      level: details.level,
      ownerId: user.id,
      visibility: "private",
      wordCount: rows.filter((row) => row.language === "nl").reduce((sum, row) => sum + countWords(row.sourceText), 0),
      paragraphs: {
        create: rows.map(({ sentences, ...row }, position) => ({ ...row, position, sentences: { create: sentences } })),
      },
    },
    select: { id: true },
  });
  return lesson.id;
}
