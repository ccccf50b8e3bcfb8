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

  it("shows a running job untouched for longer than ABANDONED_AFTER_MS as stopped, keeping what it did", () => {
    const lost = { ...row, status: "running", errorCode: null, updatedAt: new Date(Date.now() - 31_000) };
    expect(toTranslationJobView(lost)).toMatchObject({ status: "failed", errorCode: "interrupted", done: 1 });
    const alive = { ...lost, updatedAt: new Date(Date.now() - 4_000) };
    expect(toTranslationJobView(alive)).toMatchObject({ status: "running", done: 1 });
  });

  it("reads values it does not know as a failure with an unknown error", () => {
    expect(toTranslationJobView({ ...row, status: "paused", errorCode: "boom" })).toMatchObject({
      status: "failed",
      errorCode: "unknown",
    });
  });
});
