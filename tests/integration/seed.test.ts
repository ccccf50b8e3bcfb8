import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";

function runSeed() {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], {
    cwd: path.resolve(__dirname, "../.."),
    env: process.env,
    stdio: "pipe",
  });
}

describe("seed", () => {
  it("loads the demo accounts and lessons, and a second run keeps existing data as it is", async () => {
    runSeed();
    expect(await db.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } })).toEqual([
      { email: "learner@example.com", role: "learner" },
      { email: "teacher@example.com", role: "teacher" },
    ]);
    const lessons = await db.lesson.findMany({ select: { slug: true, level: true, visibility: true } });
    expect(lessons).toHaveLength(3);
    expect(lessons.every((lesson) => lesson.visibility === "public")).toBe(true);
    const demoClass = await db.classroom.findFirstOrThrow({
      include: {
        teachers: { select: { user: { select: { email: true } } } },
        members: { select: { user: { select: { email: true } } } },
        assignments: { select: { dueAt: true, instruction: true } },
      },
    });
    expect(demoClass).toMatchObject({ name: "Demoklas B1", level: "B1", joinEnabled: true, archivedAt: null });
    expect(demoClass.teachers).toEqual([{ user: { email: "teacher@example.com" } }]);
    expect(demoClass.members).toEqual([{ user: { email: "learner@example.com" } }]);
    expect(demoClass.assignments).toHaveLength(3);
    const due = demoClass.assignments.filter((assignment) => assignment.dueAt !== null);
    expect(due).toHaveLength(1);
    expect(due[0]!.dueAt!.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect(due[0]!.instruction).not.toBe("");
    await db.classroom.update({ where: { id: demoClass.id }, data: { name: "Mijn klas" } });
    await db.classMember.deleteMany({ where: { classId: demoClass.id } });

    const learner = await db.user.update({ where: { email: "learner@example.com" }, data: { name: "Renamed" } });
    await db.vocabularyItem.create({ data: { userId: learner.id, key: "vrede", headword: "vrede" } });
    const counts = { paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() };

    runSeed();
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).name).toBe("Renamed");
    expect(await db.vocabularyItem.count()).toBe(1);
    expect(await db.lesson.count()).toBe(3);
    expect(await db.classroom.findMany({ select: { name: true } })).toEqual([{ name: "Mijn klas" }]);
    expect(await db.classMember.count()).toBe(0);
    expect({ paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() }).toEqual(counts);
    // Two runs of the seed script, each a separate Node process.
  }, 30_000);
});
