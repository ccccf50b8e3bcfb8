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

    const learner = await db.user.update({ where: { email: "learner@example.com" }, data: { name: "Renamed" } });
    await db.vocabularyItem.create({ data: { userId: learner.id, key: "vrede", headword: "vrede" } });
    const counts = { paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() };

    runSeed();
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).name).toBe("Renamed");
    expect(await db.vocabularyItem.count()).toBe(1);
    expect(await db.lesson.count()).toBe(3);
    expect({ paragraphs: await db.paragraph.count(), sentences: await db.sentence.count() }).toEqual(counts);
  });
});
