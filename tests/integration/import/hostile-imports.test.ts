import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { createSession } from "@/lib/auth/sessions.server";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client.server";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import { countImport } from "@/lib/lessons/count-import.server";
import { getReaderLesson } from "@/lib/lessons/get-reader-lesson.server";
import { docxParts, wordParagraph } from "../../support/build-docx";
import { buildZip } from "../../support/build-zip";
import { cookieJar, RedirectSignal } from "../../support/next-request-mock";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const { createLessonAction } = await import("@/app/actions/lessons");

/**
 * Each hostile upload below once froze or killed the server. They go through the same action the new-lesson form
 * posts to, while a probe keeps asking the database something every 20 ms, as another user's request would.
 */

let ownerId = "";

beforeEach(async () => {
  cookieJar.clear();
  const owner = await registerAccount({ email: "teacher@example.com", name: "T", password: "een lang wachtwoord" });
  ownerId = owner.id;
  cookieJar.set(SESSION_COOKIE, (await createSession(owner.id)).token);
});

function lessonForm(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  form.set("lng", "en");
  form.set("title", "Hostile");
  form.set("level", "B1");
  form.set("mode", "none");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** Submits the form and reports the outcome and the slowest answer another request got meanwhile. */
async function submit(form: FormData) {
  let slowestProbeMs = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      await db.user.count();
      slowestProbeMs = Math.max(slowestProbeMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const outcome = await createLessonAction(null, form).catch((signal: unknown) => signal);
  const ms = performance.now() - started;
  const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  probing = false;
  await probe;
  return { outcome, ms, slowestProbeMs, heapGrowthMb };
}

function file(name: string, content: string | Uint8Array<ArrayBuffer>, type = "text/plain"): File {
  return new File([content], name, { type });
}

/** A .docx of `paragraphs` short paragraphs: one letter each (compressed 300 to 1, a zip bomb's ratio), or numbers. */
function docxOf(paragraphs: number, text: (index: number) => string = () => "a"): File {
  const body = Array.from({ length: paragraphs }, (_, index) => wordParagraph(text(index))).join("");
  const zip = buildZip(docxParts(body));
  return file("bomb.docx", zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

function refusal(outcome: unknown, field = "dutch") {
  expect(outcome).not.toBeInstanceOf(RedirectSignal);
  return (outcome as { fields?: Record<string, string> }).fields?.[field];
}

describe("hostile uploads get a clear answer and leave the server answering", () => {
  it("a .docx that unpacks to 100 MB is refused before it is converted", async () => {
    const bomb = docxOf(3_000_000);
    expect(bomb.size).toBeLessThan(1024 * 1024);
    const { outcome, ms, slowestProbeMs, heapGrowthMb } = await submit(lessonForm({ dutchFile: bomb }));
    expect(refusal(outcome)).toBe("document-too-large");
    // Converting it would take minutes; the bound leaves room for the worker's first start on a busy machine.
    expect(ms).toBeLessThan(10_000);
    expect(slowestProbeMs).toBeLessThan(500);
    expect(heapGrowthMb).toBeLessThan(100);
  });

  it("a .docx that unpacks 300 times its size is refused as a zip bomb", async () => {
    const { outcome } = await submit(lessonForm({ dutchFile: docxOf(120_000) }));
    expect(refusal(outcome)).toBe("document-too-large");
  });

  it("a .docx of 30,000 paragraphs is converted off the request thread and refused for its paragraphs", async () => {
    const { outcome, slowestProbeMs } = await submit(lessonForm({ dutchFile: docxOf(30_000, String) }));
    expect(refusal(outcome)).toBe("too-many-paragraphs");
    expect(slowestProbeMs).toBeLessThan(500);
  });

  it("HTML of 30,000 unclosed tags and of 50,000 nested elements is refused as nested too deeply", async () => {
    for (const html of [
      `<p>${"<b>".repeat(30_000)}tekst`,
      `${"<div>".repeat(50_000)}tekst${"</div>".repeat(50_000)}`,
    ]) {
      const { outcome, ms, slowestProbeMs } = await submit(lessonForm({ dutchFile: file("page.html", html) }));
      expect(refusal(outcome)).toBe("too-deeply-nested");
      expect(ms).toBeLessThan(10_000);
      expect(slowestProbeMs).toBeLessThan(500);
    }
  });

  it("the form keeps what was typed when an upload is refused", async () => {
    const { outcome } = await submit(
      lessonForm({ title: "Mijn les", dutchText: "Getypte tekst.", dutchFile: file("x.bin", "\u0000\u0001\u0002") }),
    );
    expect(outcome).toMatchObject({ ok: false, values: { title: "Mijn les", dutchText: "Getypte tekst." } });
  });

  it("binary data is refused; a Latin-1 text is read as Latin-1", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(refusal((await submit(lessonForm({ dutchFile: file("photo.txt", png) }))).outcome)).toBe("binary-file");

    const latin1 = Uint8Array.from("Een café met één ober.", (char) => char.charCodeAt(0));
    const { outcome } = await submit(lessonForm({ dutchFile: file("les.txt", latin1) }));
    expect(outcome).toBeInstanceOf(RedirectSignal);
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { lesson: { ownerId } } });
    expect(paragraph.sourceText).toBe("Een café met één ober.");
  });

  it("a file over the size limit is refused without being read", async () => {
    const { outcome } = await submit(lessonForm({ dutchFile: file("big.txt", "a".repeat(6 * 1024 * 1024)) }));
    expect(refusal(outcome)).toBe("file-too-large");
  });

  it("a text of too many sentences is refused before it is aligned or stored", async () => {
    const paragraph = "Ja. ".repeat(10).trim();
    const { outcome } = await submit(lessonForm({ dutchText: Array(5_001).fill(paragraph).join("\n\n") }));
    expect(refusal(outcome)).toBe("too-many-sentences");
    expect(await db.lesson.count()).toBe(0);
  });
});

describe("imports per account", () => {
  it("are limited per hour, each account on its own", async () => {
    for (let count = 0; count < IMPORT_LIMITS.maxImportsPerHour - 1; count++) await countImport(ownerId);
    expect((await submit(lessonForm({ dutchText: "De laatste les van dit uur." }))).outcome).toBeInstanceOf(
      RedirectSignal,
    );
    expect((await submit(lessonForm({ dutchText: "Nog een les." }))).outcome).toMatchObject({
      ok: false,
      error: "too-many-imports",
      values: { dutchText: "Nog een les." },
    });
    expect(await db.lesson.count()).toBe(1);

    const other = await registerAccount({ email: "other@example.com", name: "O", password: "een lang wachtwoord" });
    cookieJar.set(SESSION_COOKIE, (await createSession(other.id)).token);
    expect((await submit(lessonForm({ dutchText: "Mijn eerste les." }))).outcome).toBeInstanceOf(RedirectSignal);
  });
});

describe("the largest lessons the app accepts", () => {
  it("stores 25,000 tiny paragraphs in one go and reads them a page at a time", async () => {
    const { outcome, ms, slowestProbeMs } = await submit(lessonForm({ dutchText: "a.\n\n".repeat(25_000) }));
    expect(outcome).toBeInstanceOf(RedirectSignal);
    expect(ms).toBeLessThan(10_000);
    expect(slowestProbeMs).toBeLessThan(500);
    const lesson = await db.lesson.findFirstOrThrow({ where: { ownerId } });
    expect(await db.paragraph.count({ where: { lessonId: lesson.id } })).toBe(25_000);
    expect(await db.sentence.count({ where: { paragraph: { lessonId: lesson.id } } })).toBe(25_000);

    const owner = { id: ownerId };
    const user = { ...owner, email: "", name: "", role: "learner" as const };
    const first = (await getReaderLesson(lesson.id, user)).lesson;
    expect(first).toMatchObject({ page: 1, pageCount: 250 });
    expect(first.paragraphs).toHaveLength(100);
    const last = (await getReaderLesson(lesson.id, user, 250)).lesson;
    expect(last.paragraphs).toHaveLength(100);
    await expect(getReaderLesson(lesson.id, user, 251)).rejects.toMatchObject({ code: "not-found" });
  });

  it("stores a 200,000-character upload", async () => {
    const paragraph = "Het kabinet wil meer woningen bouwen, maar de gemeenten hebben er de grond niet voor. ";
    const text = Array.from({ length: 190 }, () => paragraph.repeat(12)).join("\n\n");
    expect(text.length).toBeGreaterThan(195_000);
    const { outcome, slowestProbeMs } = await submit(lessonForm({ dutchFile: file("lang.txt", text) }));
    expect(outcome).toBeInstanceOf(RedirectSignal);
    expect(slowestProbeMs).toBeLessThan(500);
  });
});
