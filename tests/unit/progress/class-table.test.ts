import { describe, expect, it } from "vitest";
import { classTableCsvRows, type ProgressCsvLabels } from "@/lib/progress/class-table-csv";
import { classTablePage, progressCell, shapeClassTable, type TableLesson } from "@/lib/progress/class-table";
import type { LessonProgress } from "@/lib/progress/lesson-progress";

const now = new Date("2027-02-01T12:00:00Z");
const yesterday = new Date("2027-01-31T12:00:00Z");
const tomorrow = new Date("2027-02-02T12:00:00Z");

function progress(fields: Partial<LessonProgress> & Pick<LessonProgress, "userId" | "lessonId">): LessonProgress {
  return {
    paragraphsSeen: 0,
    paragraphCount: 10,
    seconds: 0,
    finished: false,
    lookups: 0,
    saves: 0,
    lastActivityAt: now,
    ...fields,
  };
}

const lessons: TableLesson[] = [
  { id: "l1", title: "Les één", startsAt: null, dueAt: yesterday },
  { id: "l2", title: "Les twee", startsAt: null, dueAt: tomorrow },
];

describe("progressCell", () => {
  it("is new, with nothing read, for a lesson the learner has not opened, and late once the due date passed", () => {
    expect(progressCell(undefined, lessons[0]!, now)).toEqual({
      lessonId: "l1",
      state: "new",
      shareRead: 0,
      minutes: 0,
      lookups: 0,
      saves: 0,
      late: true,
    });
    expect(progressCell(undefined, lessons[1]!, now).late).toBe(false);
    expect(progressCell(undefined, { id: "l3", dueAt: null }, now).late).toBe(false);
  });

  it("rounds reading time to minutes and is never late when finished", () => {
    const finished = progress({ userId: "u", lessonId: "l1", seconds: 150, finished: true, paragraphsSeen: 10 });
    expect(progressCell(finished, lessons[0]!, now)).toMatchObject({
      state: "finished",
      shareRead: 1,
      minutes: 3,
      late: false,
    });
    const started = progress({ userId: "u", lessonId: "l1", seconds: 89, paragraphsSeen: 4, lookups: 2, saves: 1 });
    expect(progressCell(started, lessons[0]!, now)).toMatchObject({
      state: "started",
      shareRead: 0.4,
      minutes: 1,
      lookups: 2,
      saves: 1,
      late: true,
    });
  });
});

describe("shapeClassTable", () => {
  const learners = [
    { id: "b", name: "Zoë", joinedAt: now },
    { id: "a", name: "Ada", joinedAt: now },
  ];
  const map = new Map([["b/l2", progress({ userId: "b", lessonId: "l2", paragraphsSeen: 5 })]]);

  it("lists learners by name with a cell for every lesson, in the lessons' order", () => {
    const table = shapeClassTable(learners, lessons, map, now);
    expect(table.rows.map((row) => row.learner.name)).toEqual(["Ada", "Zoë"]);
    expect(table.rows.map((row) => row.cells.map((cell) => `${cell.lessonId}:${cell.state}`))).toEqual([
      ["l1:new", "l2:new"],
      ["l1:new", "l2:started"],
    ]);
  });

  it("exports one CSV row per learner and lesson, with whole percents and ISO due dates", () => {
    const labels: ProgressCsvLabels = {
      columns: ["Learner", "Lesson", "State", "%", "Minutes", "Look-ups", "Saves", "Due", "Late"],
      states: { new: "new", started: "started", finished: "finished" },
      yes: "yes",
      no: "no",
    };
    expect(classTableCsvRows(shapeClassTable(learners, lessons, map, now), labels)).toEqual([
      labels.columns,
      ["Ada", "Les één", "new", 0, 0, 0, 0, "2027-01-31", "yes"],
      ["Ada", "Les twee", "new", 0, 0, 0, 0, "2027-02-02", "no"],
      ["Zoë", "Les één", "new", 0, 0, 0, 0, "2027-01-31", "yes"],
      ["Zoë", "Les twee", "started", 50, 0, 0, 0, "2027-02-02", "no"],
    ]);
  });
});

describe("a page of the class table", () => {
  const lessons = Array.from({ length: 23 }, (_, n) => ({
    id: `l${n + 1}`,
    title: `Les ${n + 1}`,
    startsAt: null,
    dueAt: null,
  }));
  const table = shapeClassTable([{ id: "u1", name: "Ada", joinedAt: new Date(0) }], lessons, new Map(), new Date());

  it("shows ten lessons at a time, with every row cut to the same lessons", () => {
    const third = classTablePage(table, 3);
    expect(third).toMatchObject({ page: 3, pageCount: 3, first: 21, last: 23 });
    expect(third.table.lessons.map((lesson) => lesson.id)).toEqual(["l21", "l22", "l23"]);
    expect(third.table.rows[0]!.cells.map((cell) => cell.lessonId)).toEqual(["l21", "l22", "l23"]);
  });

  it("gives the nearest page for one out of range", () => {
    expect(classTablePage(table, 9).page).toBe(3);
    expect(classTablePage(table, 0).page).toBe(1);
    expect(classTablePage(table, Number.NaN).page).toBe(1);
  });
});
