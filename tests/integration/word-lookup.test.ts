import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { saveVocabulary } from "@/lib/vocabulary/save-vocabulary.server";
import { createDemoLesson } from "../support/lesson-factory";
import { cookieJar } from "../support/next-request-mock";
import { firstVocabularyPage } from "../support/first-vocabulary-page";

vi.mock("next/headers", async () => (await import("../support/next-request-mock")).nextHeaders);

const route = await import("@/app/api/lessons/[id]/words/route");

beforeEach(() => cookieJar.clear());

async function lookUp(lessonId: string, query: Record<string, string | number>) {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const response = await route.GET(new NextRequest(`http://localhost/api/lessons/${lessonId}/words?${search}`), {
    params: Promise.resolve({ id: lessonId }),
  });
  return { status: response.status, body: await response.json() };
}

describe("looking up a word of a lesson", () => {
  it("gives the separable verb of 'gaf' with both parts' offsets", async () => {
    const lesson = await createDemoLesson();
    const paragraph = lesson.paragraphs[0]!;
    const sentence = "De Oekraïense president Zelenski gaf op Twitter aan dat het gesprek met Biden";
    const { status, body } = await lookUp(lesson.id, { p: paragraph.id, s: 0, o: sentence.indexOf("gaf") + 1 });
    expect(status).toBe(200);
    expect(body.analysis.separableVerb).toMatchObject({ lemma: "aangeven", certainty: "sure" });
    expect(body.word).toEqual({ start: 33, end: 36 });
    expect(body.partner).toEqual({ start: sentence.indexOf(" aan ") + 1, end: sentence.indexOf(" aan ") + 4 });
  });

  it("keeps a private lesson's words to its owner, and answers bad requests plainly", async () => {
    const teacher = await registerAccount({ email: "t@example.com", name: "T", password: "een lang wachtwoord" });
    const lesson = await createDemoLesson({ ownerId: teacher.id, visibility: "private" });
    const query = { p: lesson.paragraphs[0]!.id, s: 0, o: 0 };
    expect((await lookUp(lesson.id, query)).status).toBe(404);
    cookieJar.set(SESSION_COOKIE, (await createSession(teacher.id)).token);
    expect((await lookUp(lesson.id, query)).body.analysis.lemmas[0].lemma).toBe("de");
    expect((await lookUp(lesson.id, { p: "x", s: "not-a-number", o: 0 })).status).toBe(400);
    expect((await lookUp(lesson.id, { ...query, o: 2 })).status).toBe(404);
  });

  it("saves a looked-up word under its lemma, merging inflected forms with a glossary term", async () => {
    const user = await registerAccount({ email: "l@example.com", name: "L", password: "een lang wachtwoord" });
    const lesson = await createDemoLesson();
    const first = lesson.paragraphs[0]!;
    const sentence = "Ook bespraken ze hervormingen.";
    await saveVocabulary(user, {
      lessonId: lesson.id,
      paragraphId: first.id,
      sentencePosition: 2,
      form: "bespraken",
      wordOffset: sentence.indexOf("bespraken"),
    });
    await saveVocabulary(user, {
      lessonId: lesson.id,
      paragraphId: first.id,
      sentencePosition: 2,
      form: "hervormingen",
      wordOffset: sentence.indexOf("hervormingen"),
    });
    const term = lesson.glossary.find((entry) => entry.term === "hervorming")!;
    await saveVocabulary(user, {
      lessonId: lesson.id,
      paragraphId: first.id,
      sentencePosition: 2,
      form: "hervormingen",
      termId: term.id,
    });
    const items = await firstVocabularyPage(user, "");
    expect(items.map((item) => item.headword).sort()).toEqual(["bespreken", "hervorming"]);
    expect(items.find((item) => item.headword === "bespreken")!.english).toMatch(/discuss/);
    await expect(
      saveVocabulary(user, {
        lessonId: lesson.id,
        paragraphId: first.id,
        sentencePosition: 2,
        form: "ze",
        wordOffset: 0,
      }),
    ).rejects.toMatchObject({ code: "invalid-input" });
  });
});
