import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/db/generated/client";
import { pageWindow, type PageWindow } from "@/lib/vocabulary/page-window";
import type { VocabularyListParams } from "@/lib/vocabulary/vocabulary-list-params";

export const VOCABULARY_PAGE_SIZE = 50;

export interface VocabularyEntry {
  id: string;
  headword: string;
  english: string;
  note: string;
  createdAt: Date;
  contexts: { id: string; form: string; sentence: string; lessonId: string | null; lessonTitle: string | null }[];
}

export interface VocabularyPage extends PageWindow {
  items: VocabularyEntry[];
}

/** The user's own items, optionally only those whose word, English or sentences contain the query. */
function ownItems(user: CurrentUser, query: string): Prisma.VocabularyItemWhereInput {
  const q = query.trim().slice(0, 100);
  return {
    userId: user.id,
    ...(q
      ? {
          OR: [
            { headword: { contains: q } },
            { english: { contains: q } },
            { key: { contains: q.toLowerCase() } },
            { contexts: { some: { sentence: { contains: q } } } },
          ],
        }
      : {}),
  };
}

/**
 * One page of the user's items, newest first. Items saved in the same millisecond are ordered by id, so that every
 * item lands on exactly one page. A page past the end is answered with the last page (see `pageWindow`).
 */
export async function listVocabularyPage(
  user: CurrentUser,
  { query, page }: VocabularyListParams,
): Promise<VocabularyPage> {
  const where = ownItems(user, query);
  const window = pageWindow(await db.vocabularyItem.count({ where }), page, VOCABULARY_PAGE_SIZE);
  const items = await db.vocabularyItem.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: VOCABULARY_PAGE_SIZE,
    select: {
      id: true,
      headword: true,
      english: true,
      note: true,
      createdAt: true,
      contexts: {
        orderBy: { createdAt: "asc" },
        select: { id: true, form: true, sentence: true, lessonId: true, lesson: { select: { title: true } } },
      },
    },
  });
  return {
    ...window,
    items: items.map((item) => ({
      ...item,
      contexts: item.contexts.map(({ lesson, ...context }) => ({ ...context, lessonTitle: lesson?.title ?? null })),
    })),
  };
}
