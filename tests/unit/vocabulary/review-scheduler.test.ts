import { describe, expect, it } from "vitest";
import { fsrs, Rating } from "ts-fsrs";
import {
  dueAfterEachGrade,
  gradeCard,
  newCard,
  recall,
  retrievability,
  undoGrade,
} from "@/lib/vocabulary/review-scheduler";

const saved = new Date("2027-01-31T10:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;

describe("the review scheduler (FSRS through ts-fsrs)", () => {
  it("makes a saved word's card due at once, and a first Good brings it back within the learning steps", () => {
    const card = newCard(saved);
    expect(card).toMatchObject({ due: saved, reps: 0, state: 0, lastReview: null });
    const { card: after, log } = gradeCard(card, Rating.Good, saved);
    expect(after.reps).toBe(1);
    expect(after.due.getTime() - saved.getTime()).toBe(10 * MINUTE);
    expect(log).toMatchObject({ rating: Rating.Good, state: 0, due: saved, review: saved, stability: 0 });
    expect(log).toMatchObject({ stabilityAfter: after.stability, difficultyAfter: after.difficulty });
  });

  it("spaces remembered words further apart and brings forgotten ones back soon", () => {
    let card = newCard(saved);
    let now = saved;
    for (let review = 0; review < 4; review++) {
      card = gradeCard(card, Rating.Good, now).card;
      now = card.due;
    }
    const remembered = gradeCard(card, Rating.Good, now).card;
    const forgotten = gradeCard(card, Rating.Again, now).card;
    expect(remembered.due.getTime() - now.getTime()).toBeGreaterThan(card.scheduledDays * DAY);
    expect(forgotten.due.getTime() - now.getTime()).toBeLessThanOrEqual(10 * MINUTE);
    expect(forgotten.lapses).toBe(1);
  });

  it("undoes the last grade by the library's rollback: the card as it was, due again when it was graded", () => {
    const first = gradeCard(newCard(saved), Rating.Good, saved).card;
    const later = new Date(first.due.getTime() + MINUTE);
    const { card, log } = gradeCard(first, Rating.Again, later);
    const { due, ...rest } = first;
    expect(undoGrade(card, log)).toEqual({ ...rest, due: later });
    expect(due <= later).toBe(true);
  });

  it("previews each grade's next due date in the order Again < Hard < Good < Easy", () => {
    const card = gradeCard(gradeCard(newCard(saved), Rating.Good, saved).card, Rating.Good, saved).card;
    const due = dueAfterEachGrade(card, card.due);
    expect(due[Rating.Again] < due[Rating.Hard]).toBe(true);
    expect(due[Rating.Hard] <= due[Rating.Good]).toBe(true);
    expect(due[Rating.Good] < due[Rating.Easy]).toBe(true);
  });

  it("claims nothing about a card never reviewed, and forgetting grows with time", () => {
    expect(retrievability(newCard(saved), saved)).toBe(0);
    const card = gradeCard(gradeCard(newCard(saved), Rating.Good, saved).card, Rating.Good, saved).card;
    const soon = retrievability(card, new Date(saved.getTime() + DAY));
    const late = retrievability(card, new Date(saved.getTime() + 60 * DAY));
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });

  it("works out recall from state, stability and last review exactly as ts-fsrs does from the whole card", () => {
    const card = gradeCard(gradeCard(newCard(saved), Rating.Good, saved).card, Rating.Hard, saved).card;
    for (const days of [0, 0.5, 1, 3, 17, 400]) {
      const now = new Date(saved.getTime() + days * DAY);
      const library = fsrs().get_retrievability(
        { ...card, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, last_review: card.lastReview! },
        now,
        false,
      );
      expect(recall(card.state, card.stability, card.lastReview!.getTime(), now.getTime())).toBe(library);
    }
  });
});
