/** The CEFR levels a lesson or a class is given, from beginner to mastery. */
export const LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type Level = (typeof LEVELS)[number];
