import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import type { VocabularyExport } from "./transfer/vocabulary-export";
import { toWordStatus } from "./word-status";

/**
 * The learner's whole vocabulary for the Anki and CSV exports: every item of theirs (oldest first) with its status,
 * review card and sentences (oldest first), and the keys they marked known or ignored without saving them. Nothing
 * of anyone else: every query is scoped to the user.
 */
export async function exportVocabulary(user: CurrentUser): Promise<VocabularyExport> {
  const [items, statuses] = await Promise.all([
    db.vocabularyItem.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        key: true,
        headword: true,
        english: true,
        note: true,
        createdAt: true,
        card: { select: { due: true, reps: true, lapses: true } },
        contexts: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { sentence: true, form: true, english: true, lesson: { select: { title: true } } },
        },
      },
    }),
    db.wordStatus.findMany({
      where: { userId: user.id },
      orderBy: { key: "asc" },
      select: { key: true, status: true },
    }),
  ]);
  const statusOf = new Map(statuses.map(({ key, status }) => [key, toWordStatus(status)]));
  const itemKeys = new Set(items.map((item) => item.key));
  return {
    userId: user.id,
    items: items.map(({ createdAt, contexts, ...item }) => ({
      ...item,
      status: statusOf.get(item.key) ?? "new",
      savedAt: createdAt,
      contexts: contexts.map(({ lesson, ...context }) => ({ ...context, lessonTitle: lesson?.title ?? null })),
    })),
    statusOnly: [...statusOf]
      .filter(([key, status]) => !itemKeys.has(key) && (status === "known" || status === "ignored"))
      .map(([key, status]) => ({ key, status })),
  };
}
