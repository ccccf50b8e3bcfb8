import type { CurrentUser, Role } from "@/lib/auth/roles";

export const VISIBILITIES = ["private", "class", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A stored visibility, checked: anything unknown counts as the most restrictive. */
export function toVisibility(value: string): Visibility {
  return (VISIBILITIES as readonly string[]).includes(value) ? (value as Visibility) : "private";
}

/**
 * How a user is linked to a lesson through classes, as loaded by lesson-access.server.ts: whether they teach a
 * class the lesson is assigned to, and whether they are a learner in an active (not archived) class that has it
 * assigned with its start date passed.
 */
export interface ClassLinks {
  teachesAssignedClass: boolean;
  learnsInAssignedClass: boolean;
}

export const NO_CLASS_LINKS: ClassLinks = { teachesAssignedClass: false, learnsInAssignedClass: false };

export interface LessonAccessFacts {
  ownerId: string | null;
  visibility: string;
}

type Caller = Pick<CurrentUser, "id" | "role"> | null;

export function isTeacher(role: Role): boolean {
  return role === "teacher" || role === "admin";
}

function isOwner(lesson: LessonAccessFacts, user: Pick<CurrentUser, "id"> | null): boolean {
  return user !== null && lesson.ownerId !== null && lesson.ownerId === user.id;
}

/**
 * Who may read a lesson: everyone for a public lesson; its owner; and for a class lesson, the teachers of the
 * classes it is assigned to and their learners once the assignment has started.
 */
export function canReadLesson(lesson: LessonAccessFacts, user: Caller, links: ClassLinks = NO_CLASS_LINKS): boolean {
  const visibility = toVisibility(lesson.visibility);
  if (visibility === "public" || isOwner(lesson, user)) return true;
  return visibility === "class" && user !== null && (links.teachesAssignedClass || links.learnsInAssignedClass);
}

/** Only a lesson's creator edits it (text, translation, pairs, glossary, details); demo lessons are read-only. */
export function canEditLesson(lesson: LessonAccessFacts, user: Pick<CurrentUser, "id"> | null): boolean {
  return isOwner(lesson, user);
}

/**
 * A teacher copies a lesson to adapt it: any public lesson, their own, or one assigned to a class they teach.
 * A learner in that class may read it but not take it.
 */
export function canCopyLesson(lesson: LessonAccessFacts, user: Caller, links: ClassLinks = NO_CLASS_LINKS): boolean {
  if (user === null || !isTeacher(user.role)) return false;
  return toVisibility(lesson.visibility) === "public" || isOwner(lesson, user) || links.teachesAssignedClass;
}

/** A teacher assigns to their classes a lesson they own, a public one, or one already given to a class they teach. */
export function canAssignLesson(lesson: LessonAccessFacts, user: Caller, links: ClassLinks = NO_CLASS_LINKS): boolean {
  return canCopyLesson(lesson, user, links);
}

/**
 * The visibilities the user may give the lesson. The owner chooses between private and class; only a teacher makes
 * it public; an administrator may take any public lesson back to private (and nothing else on others' lessons).
 */
export function allowedVisibilities(lesson: LessonAccessFacts, user: Caller): Visibility[] {
  if (user === null) return [];
  if (isOwner(lesson, user)) return isTeacher(user.role) ? ["private", "class", "public"] : ["private", "class"];
  if (user.role === "admin" && toVisibility(lesson.visibility) === "public") return ["public", "private"];
  return [];
}

/** What the reader offers this user on this lesson (pages ask this rather than comparing ids themselves). */
export interface LessonAbilities {
  edit: boolean;
  copy: boolean;
  assign: boolean;
  visibilities: Visibility[];
}

export function lessonAbilities(lesson: LessonAccessFacts, user: Caller, links: ClassLinks): LessonAbilities {
  return {
    edit: canEditLesson(lesson, user),
    copy: canCopyLesson(lesson, user, links),
    assign: canAssignLesson(lesson, user, links),
    visibilities: allowedVisibilities(lesson, user),
  };
}

/**
 * The Prisma-independent filter for "lessons this user may read", used by list queries: public ones, their own,
 * and class lessons of classes they teach or (started, class not archived) learn in.
 */
export function readableLessonsFilter(user: Pick<CurrentUser, "id"> | null, now: Date) {
  if (!user) return { visibility: "public" };
  return {
    OR: [
      { visibility: "public" },
      { ownerId: user.id },
      {
        visibility: "class",
        assignments: {
          some: {
            OR: [
              { classroom: { teachers: { some: { userId: user.id } } } },
              {
                classroom: { archivedAt: null, members: { some: { userId: user.id } } },
                OR: [{ startsAt: null }, { startsAt: { lte: now } }],
              },
            ],
          },
        },
      },
    ],
  };
}
