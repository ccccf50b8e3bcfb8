/**
 * The demo class, documented in the README: taught by the demo teacher, with the demo learner in it and the demo
 * lessons assigned, so signing in with either account shows both sides of a class at once.
 */
export const DEMO_CLASS = {
  name: "Demoklas B1",
  level: "B1",
  description: "Een voorbeeldklas om rond te kijken: de demoleerling zit erin en de demolessen zijn toegewezen.",
  teacherEmail: "teacher@example.com",
  learnerEmail: "learner@example.com",
  /** In order of assignment; the first one is due a week after seeding, with a short instruction. */
  lessons: [
    {
      slug: "b1-fietsen-in-nederland",
      dueInDays: 7,
      instruction: "Read the whole text and save five words you did not know.",
    },
    { slug: "a2-markt-in-utrecht", dueInDays: null, instruction: "" },
    { slug: "zelenski-biden-2022-01", dueInDays: null, instruction: "" },
  ],
} as const;
