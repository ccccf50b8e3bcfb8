import { describe, expect, it } from "vitest";
import { canEditLesson, canReadLesson } from "@/lib/lessons/lesson-policy";

const owner = { id: "owner" };
const other = { id: "other" };

describe("lesson policy", () => {
  it("lets everyone read public lessons and only the owner read private ones", () => {
    expect(canReadLesson({ ownerId: null, visibility: "public" }, null)).toBe(true);
    expect(canReadLesson({ ownerId: "owner", visibility: "private" }, owner)).toBe(true);
    expect(canReadLesson({ ownerId: "owner", visibility: "private" }, other)).toBe(false);
    expect(canReadLesson({ ownerId: "owner", visibility: "private" }, null)).toBe(false);
  });

  it("lets only the owner edit, and nobody edit a demo lesson", () => {
    expect(canEditLesson({ ownerId: "owner", visibility: "private" }, owner)).toBe(true);
    expect(canEditLesson({ ownerId: "owner", visibility: "public" }, other)).toBe(false);
    expect(canEditLesson({ ownerId: null, visibility: "public" }, owner)).toBe(false);
  });
});
