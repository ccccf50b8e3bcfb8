import { describe, expect, it } from "vitest";
import { reviewCardView } from "@/lib/vocabulary/review-card-view";
import { gradeReviewInput } from "@/lib/vocabulary/review-input";
import { GRADES, gradeCard, newCard } from "@/lib/vocabulary/review-scheduler";

const now = new Date("2027-01-31T12:00:00Z");
const item = {
  itemId: "i1",
  headword: "vrede",
  english: "peace",
  note: "",
  sentence: {
    form: "vrede",
    sentence: "De vrede is broos.",
    english: "Peace is fragile.",
    lessonId: "l1",
    paragraphId: "p1",
    sentencePosition: 0,
  },
};

describe("a card as the review screen shows it", () => {
  it("previews each grade in the order of the keys 1–4 (Again … Easy)", () => {
    const view = reviewCardView(item, gradeCard(newCard(now), GRADES[2], now).card, false, now);
    expect(view.intervals).toHaveLength(4);
    expect(view.intervals).toEqual([...view.intervals].sort((a, b) => a - b));
    expect(view.kind).toBe("learning");
    // The screen sends the key's number; the server reads it as the same grade.
    for (const [index, grade] of GRADES.entries()) {
      expect(gradeReviewInput.parse({ itemId: "i1", grade: index + 1, direction: "recognition", reps: 0 }).grade).toBe(
        grade,
      );
    }
    expect(gradeReviewInput.safeParse({ itemId: "i1", grade: 5, direction: "recognition", reps: 0 }).success).toBe(
      false,
    );
  });

  it("asks production every other time when it is on, and only when the word can be left out or named", () => {
    const once = gradeCard(newCard(now), GRADES[2], now).card;
    expect(reviewCardView(item, once, true, now).direction).toBe("production");
    expect(reviewCardView(item, once, false, now).direction).toBe("recognition");
    const unaskable = { ...item, english: "", sentence: { ...item.sentence, form: "oorlog" } };
    expect(reviewCardView(unaskable, once, true, now).direction).toBe("recognition");
  });
});
