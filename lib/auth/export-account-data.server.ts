import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";

/**
 * Everything the app keeps about the signed-in user, for their "download my data": the account (never the password
 * hash or session tokens), vocabulary with the sentences it was met in, its review cards and every grade, word
 * statuses and their history, reading and review settings, classes joined and taught, reading events, and the
 * lessons they created. Only rows of `user.id`: no other learner's data, not even their classmates' names.
 */
export async function exportAccountData(user: CurrentUser) {
  const id = user.id;
  const [account, vocabulary, memberships, teaching, readingEvents, lessons, wordStatuses, statusChanges, settings] =
    await Promise.all([
      db.user.findUniqueOrThrow({
        where: { id },
        select: { id: true, email: true, name: true, role: true, uiLanguage: true, createdAt: true },
      }),
      db.vocabularyItem.findMany({
        where: { userId: id },
        orderBy: { createdAt: "asc" },
        select: {
          headword: true,
          key: true,
          english: true,
          note: true,
          createdAt: true,
          updatedAt: true,
          contexts: {
            orderBy: { createdAt: "asc" },
            select: { form: true, sentence: true, english: true, lessonId: true, createdAt: true },
          },
          card: { omit: { itemId: true, userId: true } },
          logs: { orderBy: { review: "asc" }, omit: { id: true, itemId: true, userId: true } },
        },
      }),
      db.classMember.findMany({
        where: { userId: id },
        select: { joinedAt: true, classroom: { select: { id: true, name: true } } },
      }),
      db.classTeacher.findMany({
        where: { userId: id },
        select: { addedAt: true, classroom: { select: { id: true, name: true } } },
      }),
      db.readingEvent.findMany({
        where: { userId: id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          lessonId: true,
          kind: true,
          paragraph: true,
          seconds: true,
          wordKey: true,
          word: true,
          sentence: true,
          createdAt: true,
        },
      }),
      db.lesson.findMany({
        where: { ownerId: id },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, visibility: true, createdAt: true },
      }),
      db.wordStatus.findMany({ where: { userId: id }, orderBy: { key: "asc" }, omit: { userId: true } }),
      db.wordStatusChange.findMany({
        where: { userId: id },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { key: true, status: true, at: true },
      }),
      db.learnerSettings.findUnique({ where: { userId: id }, omit: { userId: true } }),
    ]);
  return {
    exportedAt: new Date().toISOString(),
    account,
    vocabulary,
    classMemberships: memberships.map((row) => ({ ...row.classroom, joinedAt: row.joinedAt })),
    classesTaught: teaching.map((row) => ({ ...row.classroom, since: row.addedAt })),
    wordStatuses,
    statusChanges,
    settings,
    readingEvents,
    lessons,
  };
}

export type AccountData = Awaited<ReturnType<typeof exportAccountData>>;
