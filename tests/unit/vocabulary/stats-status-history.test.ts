import { describe, expect, it } from "vitest";
import { reviewDaysAround } from "@/lib/vocabulary/stats/review-days";
import { statusHistory, type StatusChangeCount } from "@/lib/vocabulary/stats/status-history";

const settings = { timeZone: "Europe/Amsterdam", dayStartHour: 4 };
// Four days, 4–7 December 2026; the day of 5 December runs from 03:00 UTC on the 5th to 03:00 UTC on the 6th.
const days = reviewDaysAround(new Date("2026-12-07T12:00:00Z"), settings, -3, 0);
const at = (iso: string) => new Date(iso);
const change = (iso: string, from: StatusChangeCount["from"], to: StatusChangeCount["to"], count = 1) => ({
  at: at(iso),
  from,
  to,
  count,
});

/** Each day as "day learning/known/ignored". */
function compact(history: ReturnType<typeof statusHistory>): string[] {
  return history.map((day) => `${day.day.slice(8)} ${day.learning}/${day.known}/${day.ignored}`);
}

describe("words by status over time", () => {
  it("replays the changes backwards from today's counts, day by day", () => {
    const changes = [
      change("2026-12-05T10:00:00Z", "new", "learning", 3),
      change("2026-12-06T09:00:00Z", "learning", "known"),
      change("2026-12-06T09:00:00Z", "new", "ignored", 2),
      change("2026-12-07T08:00:00Z", "new", "known", 5),
    ];
    const now = { learning: 2, known: 6, ignored: 2 };
    expect(compact(statusHistory(days, now, changes, at("2026-12-05T10:00:00Z")))).toEqual([
      "05 3/0/0",
      "06 2/1/2",
      "07 2/6/2",
    ]);
  });

  it("counts a change just before the day starts (03:30 on the learner's clock) on the day before", () => {
    const changes = [change("2026-12-06T02:30:00Z", "new", "learning")];
    expect(compact(statusHistory(days, { learning: 1, known: 0, ignored: 0 }, changes, changes[0]!.at))).toEqual([
      "05 1/0/0",
      "06 1/0/0",
      "07 1/0/0",
    ]);
  });

  it("shows a word that went back to new (its only save undone) leaving the counts", () => {
    const changes = [
      change("2026-12-05T10:00:00Z", "new", "learning", 2),
      change("2026-12-06T10:00:00Z", "learning", "new"),
    ];
    expect(compact(statusHistory(days, { learning: 1, known: 0, ignored: 0 }, changes, changes[0]!.at))).toEqual([
      "05 2/0/0",
      "06 1/0/0",
      "07 1/0/0",
    ]);
  });

  it("keeps every day when the first change is older than the chart, with the words marked before it", () => {
    const changes = [change("2026-12-06T10:00:00Z", "learning", "known")];
    const history = statusHistory(days, { learning: 9, known: 11, ignored: 1 }, changes, at("2026-01-01T00:00:00Z"));
    expect(compact(history)).toEqual(["04 10/10/1", "05 10/10/1", "06 9/11/1", "07 9/11/1"]);
  });

  it("is empty for a learner who never marked a word, and never counts below zero", () => {
    expect(statusHistory(days, { learning: 0, known: 0, ignored: 0 }, [], null)).toEqual([]);
    const changes = [change("2026-12-07T10:00:00Z", "new", "known", 4)];
    expect(compact(statusHistory(days, { learning: 0, known: 1, ignored: 0 }, changes, changes[0]!.at))).toEqual([
      "07 0/1/0",
    ]);
  });
});
