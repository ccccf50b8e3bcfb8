import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/text/paragraphs";
import type { SeedLesson } from "@/prisma/seed-data/seed-lesson";

const folder = path.resolve(__dirname, "../../prisma/seed-data");
const lessons = readdirSync(path.join(folder, "lessons"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(path.join(folder, "lessons", file), "utf8")) as SeedLesson);

describe("demo content", () => {
  it("has the demo article and easier lessons at A2 and B1", () => {
    expect(lessons.map((lesson) => lesson.level).sort()).toEqual(["A2", "B1", "B2"]);
  });

  it("keeps the demo article's Dutch exactly as published, paragraph by paragraph", () => {
    const article = lessons.find((lesson) => lesson.slug === "zelenski-biden-2022-01")!;
    const original = splitParagraphs(readFileSync(path.join(folder, "zelenski-biden-2022-01.nl.txt"), "utf8"));
    expect(article.paragraphs.map((paragraph) => paragraph.sentences.map((s) => s.source).join(" "))).toEqual(original);
  });

  it("translates every Dutch sentence and leaves the English tweet untranslated", () => {
    for (const lesson of lessons) {
      for (const paragraph of lesson.paragraphs) {
        for (const pair of paragraph.sentences) {
          if (paragraph.language === "nl") expect(pair.translation, pair.source).toMatch(/\p{L}/u);
          else expect(pair.translation).toBeNull();
        }
      }
    }
  });

  it("has a curated glossary of at least 15 terms for the article and 8 for the others, each with a note", () => {
    for (const lesson of lessons) {
      expect(lesson.glossary.length).toBeGreaterThanOrEqual(lesson.level === "B2" ? 15 : 8);
      for (const term of lesson.glossary) {
        expect(term.english.length, term.term).toBeGreaterThan(0);
        expect(term.note.length, term.term).toBeGreaterThan(0);
      }
    }
  });
});
