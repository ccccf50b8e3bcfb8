import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { joinClass } from "@/lib/classes/join-class.server";
import { rotateJoinCode } from "@/lib/classes/rotate-join-code.server";
import { setJoining } from "@/lib/classes/set-joining.server";
import { toRole } from "@/lib/auth/roles";
import { createUser } from "../../support/factories";
import { classWorld } from "../../support/class-world";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "joined",
    (error: { code?: string }) => error.code ?? Promise.reject(error),
  );

async function newLearner() {
  const user = await createUser();
  return { ...user, role: toRole(user.role) };
}

const membersOf = (classId: string) => db.classMember.count({ where: { classId } });

describe("joining a class with its code", () => {
  it("adds the learner, whatever the case, spaces or dash of the typed code", async () => {
    const w = await classWorld();
    expect(await joinClass(w.stranger, " abc def ")).toEqual({ classId: w.classA.id, name: "Klas A" });
    expect(
      await db.classMember.findUnique({ where: { classId_userId: { classId: w.classA.id, userId: w.stranger.id } } }),
    ).not.toBeNull();
    // Several classes at once.
    expect(await joinClass(w.stranger, "ghj-kmn")).toMatchObject({ classId: w.classB.id });
  });

  it("gives each refusal its own reason, and changes nothing", async () => {
    const w = await classWorld();
    const before = await membersOf(w.classA.id);
    expect(await refusal(joinClass(w.stranger, "ZZZ-ZZZ"))).toBe("join-code-unknown");
    expect(await refusal(joinClass(w.stranger, "not a code"))).toBe("join-code-unknown");
    expect(await refusal(joinClass(w.learner, "ABCDEF"))).toBe("already-in-class");
    expect(await refusal(joinClass(w.teacher, "ABCDEF"))).toBe("teaching-this-class");
    expect(await refusal(joinClass(w.coTeacher, "ABCDEF"))).toBe("teaching-this-class");
    expect(await refusal(joinClass(w.stranger, "PQRSTV"))).toBe("join-code-disabled");

    await setJoining(w.teacher, w.classA.id, false);
    expect(await refusal(joinClass(w.stranger, "ABCDEF"))).toBe("join-code-disabled");
    await setJoining(w.teacher, w.classA.id, true);

    const newCode = await rotateJoinCode(w.teacher, w.classA.id);
    expect(newCode).not.toBe("ABCDEF");
    expect(await refusal(joinClass(w.stranger, "ABCDEF"))).toBe("join-code-rotated");
    expect(await membersOf(w.classA.id)).toBe(before);
    expect(await joinClass(w.stranger, newCode.toLowerCase())).toMatchObject({ classId: w.classA.id });
  });

  it("refuses a full class, and the limit holds when many learners join at the same moment", async () => {
    const w = await classWorld();
    await db.classroom.update({ where: { id: w.classA.id }, data: { sizeLimit: 1 } });
    expect(await refusal(joinClass(w.stranger, "ABCDEF"))).toBe("class-full");
    // Already in a full class: that is the message that helps.
    expect(await refusal(joinClass(w.learner, "ABCDEF"))).toBe("already-in-class");

    await db.classroom.update({ where: { id: w.classB.id }, data: { sizeLimit: 5 } });
    const learners = await Promise.all(Array.from({ length: 20 }, newLearner));
    const results = await Promise.all(learners.map((learner) => refusal(joinClass(learner, "GHJKMN"))));
    expect(results.filter((result) => result === "joined")).toHaveLength(4);
    expect(results.filter((result) => result === "class-full")).toHaveLength(16);
    expect(await membersOf(w.classB.id)).toBe(5);
  });

  it("stops counting on an account after 20 wrong codes in an hour, even for the right code", async () => {
    const w = await classWorld();
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(await refusal(joinClass(w.stranger, "ZZZZZZ"))).toBe("join-code-unknown");
    }
    expect(await refusal(joinClass(w.stranger, "ABCDEF"))).toBe("too-many-join-attempts");
    expect(await membersOf(w.classA.id)).toBe(1);
    // Per account: another learner is not held back.
    expect(await refusal(joinClass(w.otherLearner, "ABCDEF"))).toBe("joined");
  });
});
