import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import type { GlossaryTermInput } from "./glossary-input";

export interface EditableGlossaryTerm {
  id: string;
  term: string;
  variants: string[];
  english: string;
  note: string;
}

/** Any change to the glossary bumps its version (DeepL glossary sync, translation cache) and the lesson's updatedAt. */
function touchLesson(lessonId: string) {
  return db.lesson.update({ where: { id: lessonId }, data: { glossaryVersion: { increment: 1 } } });
}

function toEditable(row: { id: string; term: string; variants: string; english: string; note: string }) {
  let variants: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.variants);
    if (Array.isArray(parsed)) variants = parsed.filter((value): value is string => typeof value === "string");
  } catch {
    variants = [];
  }
  return { ...row, variants };
}

export async function listGlossaryForEditing(user: CurrentUser, lessonId: string): Promise<EditableGlossaryTerm[]> {
  await requireLesson(user, lessonId, "edit");
  const rows = await db.glossaryTerm.findMany({
    where: { lessonId },
    orderBy: { term: "asc" },
    select: { id: true, term: true, variants: true, english: true, note: true },
  });
  return rows.map(toEditable);
}

function writeErrors(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("term-exists");
  throw error;
}

export async function addGlossaryTerm(user: CurrentUser, lessonId: string, input: GlossaryTermInput): Promise<string> {
  await requireLesson(user, lessonId, "edit");
  const created = await db
    .$transaction([
      db.glossaryTerm.create({
        data: { lessonId, ...input, variants: JSON.stringify(input.variants) },
        select: { id: true },
      }),
      touchLesson(lessonId),
    ])
    .catch(writeErrors);
  return created[0].id;
}

async function editableTerm(user: CurrentUser, termId: string): Promise<string> {
  const term = await db.glossaryTerm.findUnique({ where: { id: termId }, select: { lessonId: true } });
  if (!term) throw new AppError("not-found");
  await requireLesson(user, term.lessonId, "edit");
  return term.lessonId;
}

/** Returns the term's lesson id (for revalidating its pages). */
export async function updateGlossaryTerm(user: CurrentUser, termId: string, input: GlossaryTermInput): Promise<string> {
  const lessonId = await editableTerm(user, termId);
  await db
    .$transaction([
      db.glossaryTerm.update({ where: { id: termId }, data: { ...input, variants: JSON.stringify(input.variants) } }),
      touchLesson(lessonId),
    ])
    .catch(writeErrors);
  return lessonId;
}

/** Returns the term's lesson id (for revalidating its pages). */
export async function deleteGlossaryTerm(user: CurrentUser, termId: string): Promise<string> {
  const lessonId = await editableTerm(user, termId);
  await db.$transaction([db.glossaryTerm.delete({ where: { id: termId } }), touchLesson(lessonId)]);
  return lessonId;
}
