import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { db } from "@/lib/db/client.server";
import { createAlignedLesson } from "../support/lesson-factory";
import { cookieJar } from "../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);

const wordsRoute = await import("@/app/api/lessons/[id]/words/route");
const counterpartsRoute = await import("@/app/api/lessons/[id]/counterparts/route");

const DUTCH = "De vrouwen zetten de fietsen neer bij het station.";
// Leading space as an aligned translation may have it: offsets count from the English as the reader shows it.
const ENGLISH = " The women put the bikes down at the station.";

beforeEach(() => cookieJar.clear());

async function lessonWithPair() {
  return createAlignedLesson({
    paragraphs: [
      {
        kind: "paragraph",
        language: "nl",
        translationSource: "human",
        pairs: [{ source: DUTCH, translation: ENGLISH }],
      },
    ],
  });
}

async function get(route: typeof wordsRoute | typeof counterpartsRoute, lessonId: string, query: URLSearchParams) {
  const response = await route.GET(new NextRequest(`http://localhost/api/lessons/${lessonId}/x?${query}`), {
    params: Promise.resolve({ id: lessonId }),
  });
  return { status: response.status, body: await response.json() };
}

/** The English the page shows for the lesson's only pair. */
async function shownEnglish(lessonId: string): Promise<string> {
  const paragraph = await db.paragraph.findFirstOrThrow({ where: { lessonId }, include: { sentences: true } });
  const [sentence] = paragraph.sentences;
  return (paragraph.translationText ?? "").slice(sentence!.translationStart, sentence!.translationEnd);
}

describe("the English counterpart of a looked-up word", () => {
  it("names the English word, marks it where the page shows it, and puts its sense first", async () => {
    const lesson = await lessonWithPair();
    const p = lesson.paragraphs[0]!.id;
    const { status, body } = await get(
      wordsRoute,
      lesson.id,
      new URLSearchParams({ p, s: "0", o: String(DUTCH.indexOf("vrouwen")) }),
    );
    expect(status).toBe(200);
    expect(body.counterpart.text).toBe("women");
    const english = await shownEnglish(lesson.id);
    expect(
      body.counterpart.spans.map((span: { start: number; end: number }) => english.slice(span.start, span.end)),
    ).toEqual(["women"]);
    expect(body.analysis.lemmas[0].glosses[0]).toMatch(/\bwoman\b/);
  });

  it("gives the Dutch counterpart of each linked English word, both parts of a separable verb together", async () => {
    const lesson = await lessonWithPair();
    const p = lesson.paragraphs[0]!.id;
    const { status, body } = await get(counterpartsRoute, lesson.id, new URLSearchParams({ p, s: "0" }));
    expect(status).toBe(200);
    const english = await shownEnglish(lesson.id);
    const pairs = (body.links as { nl: { start: number; end: number }[]; en: { start: number; end: number }[] }[]).map(
      (link) =>
        `${link.en.map((span) => english.slice(span.start, span.end)).join(" ")}=` +
        link.nl.map((span) => DUTCH.slice(span.start, span.end)).join("…"),
    );
    expect(pairs).toContain("women=vrouwen");
    expect(pairs).toContain("bikes=fietsen");
    expect(pairs).toContain("put down=zetten…neer");
  });

  it("saves the sense used in the sentence first", async () => {
    const user = await registerAccount({ email: "l@example.com", name: "L", password: "een lang wachtwoord" });
    const lesson = await lessonWithPair();
    await saveVocabulary(user, {
      lessonId: lesson.id,
      paragraphId: lesson.paragraphs[0]!.id,
      sentencePosition: 0,
      form: "vrouwen",
      wordOffset: DUTCH.indexOf("vrouwen"),
    });
    const item = await db.vocabularyItem.findFirstOrThrow({ where: { userId: user.id } });
    expect(item.english.split("; ")[0]).toMatch(/\bwoman\b/);
  });

  it("answers bad requests plainly and hides lessons the caller may not read", async () => {
    const lesson = await lessonWithPair();
    expect((await get(counterpartsRoute, lesson.id, new URLSearchParams({ p: "x", s: "y" }))).status).toBe(400);
    expect((await get(counterpartsRoute, "missing", new URLSearchParams({ p: "x", s: "0" }))).status).toBe(404);
  });
});
