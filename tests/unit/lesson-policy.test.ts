import { describe, expect, it } from "vitest";
import {
  allowedVisibilities,
  canCopyLesson,
  canEditLesson,
  canReadLesson,
  NO_CLASS_LINKS,
} from "@/lib/lesson-model/lesson-policy";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";

const owner = { id: "owner", role: "learner" as const };
const teacherOwner = { id: "owner", role: "teacher" as const };
const other = { id: "other", role: "learner" as const };
const teacher = { id: "teacher", role: "teacher" as const };
const admin = { id: "admin", role: "admin" as const };
const teaches = { teachesAssignedClass: true, learnsInAssignedClass: false };
const learns = { teachesAssignedClass: false, learnsInAssignedClass: true };

const privateLesson = { ownerId: "owner", visibility: "private" };
const classLesson = { ownerId: "owner", visibility: "class" };
const publicLesson = { ownerId: "owner", visibility: "public" };

describe("lesson policy", () => {
  it("lets everyone read public lessons and only the owner read private ones", () => {
    expect(canReadLesson({ ownerId: null, visibility: "public" }, null)).toBe(true);
    expect(canReadLesson(privateLesson, owner)).toBe(true);
    expect(canReadLesson(privateLesson, other)).toBe(false);
    expect(canReadLesson(privateLesson, null)).toBe(false);
  });

  it("lets the classes a class lesson is assigned to read it, and nobody else", () => {
    expect(canReadLesson(classLesson, other, learns)).toBe(true);
    expect(canReadLesson(classLesson, teacher, teaches)).toBe(true);
    expect(canReadLesson(classLesson, other, NO_CLASS_LINKS)).toBe(false);
    expect(canReadLesson(classLesson, null, learns)).toBe(false);
    // Assigning does not open a lesson its owner has made private again.
    expect(canReadLesson(privateLesson, other, learns)).toBe(false);
    expect(canReadLesson({ ownerId: "owner", visibility: "bogus" }, other, learns)).toBe(false);
  });

  it("lets only the owner edit, and nobody edit a demo lesson", () => {
    expect(canEditLesson(privateLesson, owner)).toBe(true);
    expect(canEditLesson(publicLesson, other)).toBe(false);
    expect(canEditLesson(classLesson, teacher)).toBe(false);
    expect(canEditLesson({ ownerId: null, visibility: "public" }, admin)).toBe(false);
  });

  it("lets teachers copy what they may adapt: public lessons, their own, their classes'", () => {
    expect(canCopyLesson(publicLesson, teacher)).toBe(true);
    expect(canCopyLesson(classLesson, teacher, teaches)).toBe(true);
    expect(canCopyLesson(classLesson, teacher, NO_CLASS_LINKS)).toBe(false);
    expect(canCopyLesson(classLesson, other, learns)).toBe(false);
    expect(canCopyLesson(publicLesson, other)).toBe(false);
  });

  it("lets only teachers make a lesson public, and an admin only take a public lesson back", () => {
    expect(allowedVisibilities(privateLesson, owner)).toEqual(["private", "class"]);
    expect(allowedVisibilities(privateLesson, teacherOwner)).toEqual(["private", "class", "public"]);
    expect(allowedVisibilities(publicLesson, admin)).toEqual(["public", "private"]);
    expect(allowedVisibilities(privateLesson, admin)).toEqual([]);
    expect(allowedVisibilities(publicLesson, teacher)).toEqual([]);
  });
});

describe("where a lesson is read", () => {
  it("sends everyone but the owner to a public lesson's cached page, and everything else to the per-request page", () => {
    expect(lessonReaderPath({ id: "a", ownerId: null, visibility: "public" }, null)).toBe("/lessons/a");
    expect(lessonReaderPath({ id: "a", ownerId: "owner", visibility: "public" }, "other")).toBe("/lessons/a");
    expect(lessonReaderPath({ id: "a", ownerId: "owner", visibility: "public" }, "owner")).toBe("/my/lessons/a");
    expect(lessonReaderPath({ id: "a", ownerId: "owner", visibility: "class" }, "learner")).toBe("/my/lessons/a");
  });
});
