import { describe, expect, it } from "vitest";
import { nextReviewAt, remainingToday, todaysWindow } from "@/lib/vocabulary/review-limits";

const amsterdam = { timeZone: "Europe/Amsterdam", dayStartHour: 4 };
const none = { learningDue: null, reviewDue: null, heldByLimit: false };

describe("the daily limits of review", () => {
  it("count from the start of the learner's day: at 03:30 local it is still yesterday when days start at 04:00", () => {
    // 2027-01-31T02:30Z is 03:30 in Amsterdam (winter, UTC+1).
    expect(todaysWindow(new Date("2027-01-31T02:30:00Z"), amsterdam)).toEqual({
      countFrom: new Date("2027-01-30T03:00:00Z"),
      reviewsDueBefore: new Date("2027-01-31T03:00:00Z"),
    });
    // Half an hour later a new day has begun: yesterday evening's grades no longer count.
    expect(todaysWindow(new Date("2027-01-31T03:30:00Z"), amsterdam).countFrom).toEqual(
      new Date("2027-01-31T03:00:00Z"),
    );
  });

  it("follow the learner's time zone and hour, not UTC", () => {
    const tokyo = { timeZone: "Asia/Tokyo", dayStartHour: 0 };
    // 20:00 UTC on the 30th is already 05:00 on the 31st in Tokyo.
    expect(todaysWindow(new Date("2027-01-30T20:00:00Z"), tokyo)).toEqual({
      countFrom: new Date("2027-01-30T15:00:00Z"),
      reviewsDueBefore: new Date("2027-01-31T15:00:00Z"),
    });
    // 09:00 UTC on 1 July is 05:00 in New York (summer time): before a 06:00 start, so still 30 June there.
    const newYork = { timeZone: "America/New_York", dayStartHour: 6 };
    expect(todaysWindow(new Date("2027-07-01T09:00:00Z"), newYork).countFrom).toEqual(new Date("2027-06-30T10:00:00Z"));
  });

  it("leave what the day's grades have not used, never less than nothing", () => {
    const limits = { newCardsPerDay: 20, reviewsPerDay: 200 };
    expect(remainingToday(limits, { newCards: 0, reviews: 0 })).toEqual({ newCards: 20, reviews: 200 });
    expect(remainingToday(limits, { newCards: 15, reviews: 199 })).toEqual({ newCards: 5, reviews: 1 });
    // The learner lowered a limit after today's grades: nothing more today, not a negative allowance.
    expect(remainingToday({ newCardsPerDay: 5, reviewsPerDay: 0 }, { newCards: 12, reviews: 3 })).toEqual({
      newCards: 0,
      reviews: 0,
    });
  });
});

describe("when the next card can be reviewed", () => {
  const noon = new Date("2027-01-31T12:00:00Z");

  it("is nothing when nothing waits", () => {
    expect(nextReviewAt(noon, none, amsterdam)).toBeNull();
  });

  it("is a learning card's due time, which comes before tomorrow", () => {
    const due = new Date("2027-01-31T12:10:00Z");
    expect(nextReviewAt(noon, { ...none, learningDue: due, heldByLimit: true }, amsterdam)).toEqual(due);
  });

  it("is the start of the learner's day a review card falls in", () => {
    // Due at 11:00 Amsterdam on 1 February: reviewable from 04:00 that day.
    const reviewDue = new Date("2027-02-01T10:00:00Z");
    expect(nextReviewAt(noon, { ...none, reviewDue }, amsterdam)).toEqual(new Date("2027-02-01T03:00:00Z"));
    // Due at 03:30 on 3 February: that is still the learner's 2 February, which starts at 04:00 on the 2nd.
    const early = new Date("2027-02-03T02:30:00Z");
    expect(nextReviewAt(noon, { ...none, reviewDue: early }, amsterdam)).toEqual(new Date("2027-02-02T03:00:00Z"));
  });

  it("is the start of tomorrow when a daily limit holds cards back", () => {
    expect(nextReviewAt(noon, { ...none, heldByLimit: true }, amsterdam)).toEqual(new Date("2027-02-01T03:00:00Z"));
  });
});
