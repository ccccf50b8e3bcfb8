import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";

export interface VocabularyEntry {
  id: string;
  headword: string;
  english: string;
  note: string;
  createdAt: Date;
  contexts: { id: string; form: string; sentence: string; lessonId: string | null; lessonTitle: string | null }[];
}

/** The user's own items, newest first, optionally filtered by a search in the word, its English or its sentences. */
export async function listVocabulary(user: CurrentUser, query: string): Promise<VocabularyEntry[]> {
  const q = query.trim().slice(0, 100);
  const items = await db.vocabularyItem.findMany({
    where: {
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
    },
    orderBy: { createdAt: "desc" },
    take: 500,
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
  return items.map((item) => ({
    ...item,
    contexts: item.contexts.map(({ lesson, ...context }) => ({ ...context, lessonTitle: lesson?.title ?? null })),
  }));
}
