import { describe, expect, it } from "vitest";
import type { CardKind, ReviewCardView, ReviewQueue } from "@/lib/vocabulary/review-card-view";
import { afterGrade, afterUndo, needsRefill, refilled, startSession } from "@/lib/vocabulary/review-session";

function card(itemId: string, kind: CardKind = "new", reps = 0): ReviewCardView {
  return {
    itemId,
    headword: itemId,
    english: "",
    note: "",
    sentence: null,
    reps,
    kind,
    direction: "recognition",
    intervals: [60_000, 600_000, 600_000, 86_400_000],
  };
}

function queue(cards: ReviewCardView[], left = { new: 0, learning: 0, review: 0 }, now = 1_000): ReviewQueue {
  return { cards, left, nextAt: null, now, timeZone: "Europe/Amsterdam" };
}

const graded = (kind: CardKind, due = 2_000) => ({ graded: true, reps: 1, kind, due });

describe("the review screen's session", () => {
  it("moves on after a grade, counting the card off and a card graded into learning back in", () => {
    const session = startSession(queue([card("a"), card("b")], { new: 2, learning: 0, review: 0 }));
    const next = afterGrade({ ...session, revealed: true }, graded("learning", 61_000));
    expect(next.queue.cards.map((view) => view.itemId)).toEqual(["b"]);
    expect(next.queue.left).toEqual({ new: 1, learning: 1, review: 0 });
    expect(next.revealed).toBe(false);
    expect(next.learningBack).toEqual([61_000]);
    expect(afterGrade(next, graded("review")).queue.left).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("only moves on when the server graded nothing (a repeat), keeping nothing to undo", () => {
    const session = startSession(queue([card("a"), card("b")], { new: 2, learning: 0, review: 0 }));
    const next = afterGrade(session, { graded: false, reps: 1, kind: "learning", due: 5 });
    expect(next.queue.cards.map((view) => view.itemId)).toEqual(["b"]);
    expect(next.queue.left.new).toBe(2);
    expect(next.graded).toEqual([]);
  });

  it("puts the last graded card back on screen on undo, with its counts, and walks back grade by grade", () => {
    const start = startSession(
      queue([card("a"), card("b", "review", 4), card("c")], { new: 2, learning: 0, review: 1 }),
    );
    const twice = afterGrade(afterGrade(start, graded("learning")), graded("review"));
    const once = afterUndo(twice, 4);
    expect(once.queue.cards.map((view) => view.itemId)).toEqual(["b", "c"]);
    expect(once.queue.left).toEqual(afterGrade(start, graded("learning")).queue.left);
    const none = afterUndo(once, 0);
    expect(none.queue.cards.map((view) => view.itemId)).toEqual(["a", "b", "c"]);
    expect(none.queue.left).toEqual(start.queue.left);
    expect(none.graded).toEqual([]);
  });

  it("keeps the card on screen when a fresh queue arrives, with the server's counts after it", () => {
    const session = { ...startSession(queue([card("a"), card("b")])), revealed: true, learningBack: [900, 5_000] };
    const fresh = queue([card("l", "learning"), card("a"), card("c")], { new: 1, learning: 1, review: 0 }, 2_000);
    const next = refilled(session, fresh);
    expect(next.queue.cards.map((view) => view.itemId)).toEqual(["a", "l", "c"]);
    expect(next.queue.left).toEqual(fresh.left);
    expect(next.revealed).toBe(true);
    expect(next.learningBack).toEqual([5_000]);
  });

  it("asks for more when few cards are left or a learning card is due back", () => {
    const many = startSession(queue(["a", "b", "c", "d", "e"].map((id) => card(id))));
    expect(needsRefill(many, 0)).toBe(false);
    expect(needsRefill({ ...many, learningBack: [100] }, 100)).toBe(true);
    expect(needsRefill(afterGrade(many, graded("review")), 0)).toBe(true);
  });
});
