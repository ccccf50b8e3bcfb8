import { describe, expect, it } from "vitest";
import { toTranslationJobView } from "@/lib/translation/translation-job";

const row = {
  id: "j1",
  lessonId: "l1",
  status: "failed",
  total: 3,
  done: 1,
  errorCode: "quota",
  updatedAt: new Date(),
};

describe("toTranslationJobView", () => {
  it("shows the progress and error code of a job", () => {
    expect(toTranslationJobView(row)).toEqual({
      id: "j1",
      lessonId: "l1",
      status: "failed",
      total: 3,
      done: 1,
      errorCode: "quota",
    });
  });

  it("reads values it does not know as a failure with an unknown error", () => {
    expect(toTranslationJobView({ ...row, status: "paused", errorCode: "boom" })).toMatchObject({
      status: "failed",
      errorCode: "unknown",
    });
  });
});
