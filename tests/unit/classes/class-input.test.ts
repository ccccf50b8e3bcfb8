import { describe, expect, it } from "vitest";
import { classDetailsInput, coTeacherInput } from "@/lib/classes/class-input";

const details = (fields: Partial<Record<"name" | "level" | "description" | "sizeLimit", string>>) =>
  classDetailsInput.safeParse({ name: "Klas 3B", level: "B1", description: "", sizeLimit: "", ...fields });

const messageOf = (result: ReturnType<typeof details>) => (result.success ? null : result.error.issues[0]!.message);

describe("classDetailsInput", () => {
  it("tidies the name and reads an empty size limit as none", () => {
    expect(details({ name: "  Klas \n 3B ", description: " Dinsdag ", sizeLimit: " " })).toEqual({
      success: true,
      data: { name: "Klas 3B", level: "B1", description: "Dinsdag", sizeLimit: null },
    });
    expect(details({ sizeLimit: "30" }).data?.sizeLimit).toBe(30);
  });

  it("names the field message for each wrong value", () => {
    expect(messageOf(details({ name: "   " }))).toBe("required");
    expect(messageOf(details({ name: "x".repeat(81) }))).toBe("tooLong");
    expect(details({ name: "x".repeat(80) }).success).toBe(true);
    expect(messageOf(details({ level: "B3" }))).toBe("required");
    expect(messageOf(details({ description: "x".repeat(501) }))).toBe("tooLong");
    for (const sizeLimit of ["0", "501", "2.5", "ten", "-3"])
      expect(messageOf(details({ sizeLimit })), sizeLimit).toBe("sizeLimit");
    expect(details({ sizeLimit: "500" }).data?.sizeLimit).toBe(500);
  });
});

describe("coTeacherInput", () => {
  it("compares addresses in lower case and refuses what is not one", () => {
    expect(coTeacherInput.parse(" Anna@School.NL ")).toBe("anna@school.nl");
    expect(coTeacherInput.safeParse("anna").success).toBe(false);
  });
});
