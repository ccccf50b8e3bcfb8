import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";
import { getDictionary } from "@/lib/dictionary/load-dictionary.server";
import { lemmaKey } from "@/lib/language/lemma-key";
import { classLookups } from "@/lib/progress/class-lookups.server";
import { classTable } from "@/lib/progress/class-table.server";
import { learnerActivity } from "@/lib/progress/learner-activity.server";
import { whatTeachersSee } from "@/lib/progress/what-teachers-see.server";
import { createDemoLesson } from "../../support/lesson-factory";
import { classWorld } from "../../support/class-world";
import { cookieJar, RedirectSignal } from "../../support/next-request-mock";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const progressActions = await import("@/app/actions/progress");
const accountActions = await import("@/app/actions/account");
const csvRoute = await import("@/app/api/classes/[id]/progress.csv/route");
const dataRoute = await import("@/app/api/me/data/route");
const { setWordStatuses } = await import("@/lib/vocabulary/word-statuses.server");

beforeEach(() => cookieJar.clear());

const dictionary = getDictionary();
const SENTENCE = "Hij sprak over de spanningen in Donbass en over nieuwe sancties.";
const HOUR = 3_600_000;

type EventFields = { kind: string; paragraph?: number; seconds?: number; word?: string; at?: Date };

/** A reading event as the tracker stores it, with the classes' summaries rebuilt; `at` back-dates it (createdAt is the server's time of receipt). */
async function record(userId: string, lessonId: string, fields: EventFields) {
  const word = fields.word ?? "";
  await db.readingEvent.create({
    data: {
      userId,
      lessonId,
      clientId: randomUUID(),
      kind: fields.kind,
      paragraph: fields.paragraph ?? null,
      seconds: fields.seconds ?? 0,
      word,
      wordKey: word ? lemmaKey(word, dictionary) : "",
      sentence: word ? SENTENCE : "",
      ...(fields.at ? { createdAt: fields.at } : {}),
    },
  });
  // As the app does after storing events (lib/progress/record-reading-events.server.ts).
  await refreshClassProgress({ userId, lessonId });
}

/**
 * Class A's world with reading recorded: the learner read `lesson` (in A) with two look-ups and a save, and also
 * did things a teacher of A must never see: before joining, in a lesson not assigned to A. The removed learner and
 * the learner of class B read `lesson` too.
 */
async function readingWorld() {
  const w = await classWorld();
  const unassigned = await createDemoLesson({ ownerId: w.learner.id, visibility: "private" });
  const member = await db.classMember.findUniqueOrThrow({
    where: { classId_userId: { classId: w.classA.id, userId: w.learner.id } },
  });
  const before = new Date(member.joinedAt.getTime() - HOUR);
  const id = w.lesson.id;
  await record(w.learner.id, id, { kind: "open" });
  await record(w.learner.id, id, { kind: "seen", paragraph: 0 });
  await record(w.learner.id, id, { kind: "seen", paragraph: 1 });
  await record(w.learner.id, id, { kind: "time", seconds: 150 });
  await record(w.learner.id, id, { kind: "lookup", word: "spanningen" });
  await record(w.learner.id, id, { kind: "lookup", word: "sancties" });
  await record(w.learner.id, id, { kind: "save", word: "spanningen" });
  // Never shown to A's teachers: before joining, and in a lesson not assigned to A.
  await record(w.learner.id, id, { kind: "time", seconds: 6000, at: before });
  await record(w.learner.id, id, { kind: "lookup", word: "geheimpje", at: before });
  await record(w.learner.id, unassigned.id, { kind: "lookup", word: "privé" });
  for (const other of [w.removedLearner, w.otherLearner, w.archivedLearner]) {
    await record(other.id, id, { kind: "lookup", word: "spanningen" });
    await record(other.id, id, { kind: "time", seconds: 600 });
  }
  return { ...w, unassigned };
}

describe("the class progress table", () => {
  it("shows each current member's figures on the assigned lessons, counted since they joined", async () => {
    const w = await readingWorld();
    const { table } = await classTable(w.teacher, w.classA.id);
    expect(table.lessons.map((lesson) => lesson.id)).toEqual([w.lesson.id]);
    expect(table.rows.map((row) => row.learner.name)).toEqual(["Learner A"]);
    expect(table.rows[0]!.cells).toEqual([
      {
        lessonId: w.lesson.id,
        state: "started",
        shareRead: 2 / w.lesson.paragraphs.length,
        minutes: 3,
        lookups: 2,
        saves: 1,
        late: false,
      },
    ]);
  });

  it("is the same for a co-teacher, and open read-only for an archived class", async () => {
    const w = await readingWorld();
    expect((await classTable(w.coTeacher, w.classA.id)).table).toEqual(
      (await classTable(w.teacher, w.classA.id)).table,
    );
    const archived = await classTable(w.teacher, w.archived.id);
    expect(archived.classroom.archivedAt).not.toBeNull();
    expect(archived.table.rows[0]).toMatchObject({
      learner: { name: "Learner of the archived class" },
      cells: [{ state: "started", minutes: 10, lookups: 1 }],
    });
  });

  it("marks a lesson late once its due date passed unless the learner finished it", async () => {
    const w = await readingWorld();
    await db.assignment.update({ where: { id: w.assignment.id }, data: { dueAt: new Date(Date.now() - HOUR) } });
    expect((await classTable(w.teacher, w.classA.id)).table.rows[0]!.cells[0]).toMatchObject({ late: true });
    await record(w.learner.id, w.lesson.id, { kind: "finish" });
    expect((await classTable(w.teacher, w.classA.id)).table.rows[0]!.cells[0]).toMatchObject({
      state: "finished",
      late: false,
    });
  });

  it("exports as CSV with a byte-order mark, one row per learner and lesson", async () => {
    const w = await readingWorld();
    await db.user.update({ where: { id: w.learner.id }, data: { name: "=Learner, A" } });
    await signInAs(w.coTeacher);
    const response = await csvRoute.GET(new NextRequest(`http://localhost/api/classes/${w.classA.id}/progress.csv`), {
      params: Promise.resolve({ id: w.classA.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="class-progress-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const percent = Math.round((2 / w.lesson.paragraphs.length) * 100);
    expect(new TextDecoder().decode(bytes.slice(3)).split("\r\n")).toEqual([
      "Learner,Lesson,State,Percent read,Minutes,Look-ups,Saved words,Due,Late",
      `"'=Learner, A",Testles,Started,${percent},3,2,1,,no`,
      "",
    ]);
  });

  it("has Dutch column headings for ?lng=nl", async () => {
    const w = await readingWorld();
    await signInAs(w.teacher);
    const response = await csvRoute.GET(
      new NextRequest(`http://localhost/api/classes/${w.classA.id}/progress.csv?lng=nl`),
      { params: Promise.resolve({ id: w.classA.id }) },
    );
    // text() drops the byte-order mark, as a spreadsheet does.
    expect((await response.text()).split("\r\n")[0]).toBe(
      "Leerling,Les,Stand,Procent gelezen,Minuten,Opgezocht,Bewaarde woorden,Inleveren,Te laat",
    );
  });
});

describe("a learner's page", () => {
  it("shows the learner's figures and words from assigned lessons since joining, newest first", async () => {
    const w = await readingWorld();
    const { activity } = await learnerActivity(w.coTeacher, w.classA.id, w.learner.id);
    expect(activity.lessons.map(({ lesson, cell }) => [lesson.id, cell.lookups, cell.minutes])).toEqual([
      [w.lesson.id, 2, 3],
    ]);
    expect(activity.words.map((word) => [word.kind, word.word, word.sentence])).toEqual([
      ["save", "spanningen", SENTENCE],
      ["lookup", "sancties", SENTENCE],
      ["lookup", "spanningen", SENTENCE],
    ]);
  });

  it("is not found for a removed learner, a learner of another class, or a teacher of another class", async () => {
    const w = await readingWorld();
    for (const learner of [w.removedLearner, w.otherLearner, w.archivedLearner, w.teacher]) {
      await expect(learnerActivity(w.teacher, w.classA.id, learner.id), learner.name).rejects.toMatchObject({
        code: "not-found",
      });
    }
    await expect(learnerActivity(w.otherTeacher, w.classA.id, w.learner.id)).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("the words a class looked up in a lesson", () => {
  it("groups look-ups by word across current members only, and marks words already in the glossary", async () => {
    const w = await readingWorld();
    await record(w.learner.id, w.lesson.id, { kind: "lookup", word: "spanning" });
    const lookups = await classLookups(w.teacher, w.classA.id, w.lesson.id);
    expect(lookups.canAddToGlossary).toBe(true);
    expect(
      lookups.words.map((word) => [word.wordKey, word.word, word.lookups, word.learners, word.inGlossary]),
    ).toEqual([
      ["spanning", "spanning", 2, 1, false],
      ["sanctie", "sancties", 1, 1, true],
    ]);
    expect(lookups.words[0]).toMatchObject({ sentence: SENTENCE, suggestion: { term: "spanning" } });
    expect(lookups.words[0]!.suggestion.english).not.toBe("");
  });

  it("is not found for a lesson not assigned to the class", async () => {
    const w = await readingWorld();
    await expect(classLookups(w.teacher, w.classA.id, w.unassigned.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("offers a co-teacher who does not own the lesson to copy it instead of adding to its glossary", async () => {
    const w = await readingWorld();
    expect(await classLookups(w.coTeacher, w.classA.id, w.lesson.id)).toMatchObject({
      canEditLesson: false,
      canAddToGlossary: false,
    });
    expect(await classLookups(w.teacher, w.archived.id, w.lesson.id)).toMatchObject({
      canEditLesson: true,
      canAddToGlossary: false,
    });
  });

  it("adds a word to the glossary for the lesson's owner, after which it is marked", async () => {
    const w = await readingWorld();
    await signInAs(w.teacher);
    const form = new FormData();
    form.set("term", "spanning");
    form.set("english", "tension");
    expect(await progressActions.addLookedUpWordAction(w.classA.id, w.lesson.id, null, form)).toEqual({
      ok: true,
      data: null,
    });
    expect(await db.glossaryTerm.findFirst({ where: { lessonId: w.lesson.id, term: "spanning" } })).toMatchObject({
      english: "tension",
    });
    const words = (await classLookups(w.teacher, w.classA.id, w.lesson.id)).words;
    expect(words.find((word) => word.wordKey === "spanning")?.inGlossary).toBe(true);
    expect(await progressActions.addLookedUpWordAction(w.classA.id, w.lesson.id, null, form)).toMatchObject({
      ok: false,
      error: "term-exists",
    });
  });

  it("refuses the co-teacher (not the lesson's owner) and an archived class, adding nothing", async () => {
    const w = await readingWorld();
    const form = new FormData();
    form.set("term", "spanning");
    form.set("english", "tension");
    await signInAs(w.coTeacher);
    expect(await progressActions.addLookedUpWordAction(w.classA.id, w.lesson.id, null, form)).toMatchObject({
      ok: false,
      error: "not-found",
    });
    cookieJar.clear();
    await signInAs(w.teacher);
    expect(await progressActions.addLookedUpWordAction(w.archived.id, w.lesson.id, null, form)).toMatchObject({
      ok: false,
      error: "class-archived",
    });
    expect(await db.glossaryTerm.count({ where: { term: "spanning" } })).toBe(0);
  });
});

describe("what my teachers see", () => {
  it("shows the learner, per class, their teachers and exactly the teacher's figures and words", async () => {
    const w = await readingWorld();
    const [shared, ...rest] = await whatTeachersSee(w.learner);
    expect(rest).toEqual([]);
    expect(shared).toMatchObject({ className: "Klas A", teachers: ["Teacher A", "Co-teacher A"], archived: false });
    const teacherView = (await learnerActivity(w.teacher, w.classA.id, w.learner.id)).activity;
    expect(shared!.activity).toEqual(teacherView);
  });

  it("leaves out lessons whose assignment has not started, and lists nothing for a learner in no class", async () => {
    const w = await readingWorld();
    await db.assignment.update({ where: { id: w.assignment.id }, data: { startsAt: new Date(Date.now() + HOUR) } });
    expect((await whatTeachersSee(w.learner))[0]!.activity.lessons).toEqual([]);
    expect(await whatTeachersSee(w.stranger)).toEqual([]);
    expect(await whatTeachersSee(w.removedLearner)).toEqual([]);
  });
});

describe("the learner's own data", () => {
  async function download(user: CurrentUser | null) {
    if (user) await signInAs(user);
    return dataRoute.GET();
  }

  it("downloads as JSON with the caller's account, vocabulary, classes, events and lessons only", async () => {
    const w = await readingWorld();
    for (const user of [w.learner, w.otherLearner]) {
      await db.vocabularyItem.create({
        data: {
          userId: user.id,
          key: `woord-${user.name}`,
          headword: `woord van ${user.name}`,
          contexts: { create: { form: "woord", sentence: `Een zin van ${user.name}.`, lessonId: w.lesson.id } },
        },
      });
      await setWordStatuses(db, user.id, [`woord-${user.name}`], "known");
    }
    const response = await download(w.learner);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="leeshulp-data-.*\.json"$/);
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: w.learner.id, name: "Learner A", uiLanguage: "en" });
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("not-a-real-hash");
    expect(data.vocabulary.map((item: { headword: string }) => item.headword)).toEqual(["woord van Learner A"]);
    expect(data.vocabulary[0].contexts).toEqual([expect.objectContaining({ sentence: "Een zin van Learner A." })]);
    expect(data.classMemberships).toEqual([expect.objectContaining({ id: w.classA.id, name: "Klas A" })]);
    expect(data.wordStatuses).toEqual([expect.objectContaining({ key: "woord-Learner A", status: "known" })]);
    expect(data.statusChanges).toEqual([expect.objectContaining({ key: "woord-Learner A", status: "known" })]);
    expect(data.readingEvents).toHaveLength(10);
    expect(data.lessons).toEqual([expect.objectContaining({ id: w.unassigned.id, visibility: "private" })]);
    expect(text).not.toContain(w.otherLearner.id);
    expect(text).not.toContain("Learner B");
  });
});

describe("deleting an account", () => {
  const PASSWORD = "een lang wachtwoord";

  function deleteForm(password: string) {
    const form = new FormData();
    form.set("password", password);
    form.set("lng", "nl");
    return form;
  }

  it("needs the password, then removes the vocabulary, events and own lessons and signs the browser out", async () => {
    const w = await readingWorld();
    await db.user.update({ where: { id: w.learner.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await db.vocabularyItem.create({ data: { userId: w.learner.id, key: "spanning", headword: "spanning" } });
    await signInAs(w.learner);
    expect(await accountActions.deleteAccountAction(null, deleteForm("verkeerd wachtwoord"))).toEqual({
      ok: false,
      error: "wrong-password",
    });
    expect(await db.readingEvent.count({ where: { userId: w.learner.id } })).toBe(10);

    await expect(accountActions.deleteAccountAction(null, deleteForm(PASSWORD))).rejects.toEqual(
      new RedirectSignal("/nl"),
    );
    expect(cookieJar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await db.user.count({ where: { id: w.learner.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: w.learner.id } })).toBe(0);
    expect(await db.vocabularyItem.count({ where: { userId: w.learner.id } })).toBe(0);
    expect(await db.readingEvent.count({ where: { userId: w.learner.id } })).toBe(0);
    expect(await db.classMember.count({ where: { userId: w.learner.id } })).toBe(0);
    expect(await db.lesson.count({ where: { id: w.unassigned.id } })).toBe(0);
    expect((await classTable(w.teacher, w.classA.id)).table.rows).toEqual([]);
    // Everybody else's reading stays.
    expect(await db.readingEvent.count({ where: { userId: w.otherLearner.id } })).toBe(2);
  });

  it("deletes a teacher's classes that nobody else teaches, and keeps those a co-teacher still teaches", async () => {
    const w = await readingWorld();
    await db.user.update({ where: { id: w.teacher.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await signInAs(w.teacher);
    await expect(accountActions.deleteAccountAction(null, deleteForm(PASSWORD))).rejects.toBeInstanceOf(RedirectSignal);
    expect(await db.classroom.count({ where: { id: w.archived.id } })).toBe(0);
    expect(await db.classroom.count({ where: { id: w.classA.id } })).toBe(1);
    expect(await db.classroom.count({ where: { id: w.classB.id } })).toBe(1);
    expect(await db.lesson.count({ where: { id: w.lesson.id } })).toBe(0);
  });
});
