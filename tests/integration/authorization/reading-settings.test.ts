import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { DEFAULT_READING_SETTINGS } from "@/lib/reading/reading-settings";
import { MAX_READING_SETTINGS_CHARS } from "@/lib/reading/reading-settings-input";
import { DEFAULT_LEARNER_SETTINGS } from "@/lib/vocabulary/learner-settings";
import { updateLearnerSettings } from "@/lib/vocabulary/learner-settings.server";
import { cookieJar } from "../../support/next-request-mock";
import { signInAs } from "../../support/request-as";

vi.mock("next/headers", async () => (await import("../../support/next-request-mock")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../../support/next-request-mock")).nextNavigation);
vi.mock("next/cache", async () => (await import("../../support/next-request-mock")).nextCache);

const actions = await import("@/app/actions/reading-settings");
const route = await import("@/app/api/me/reading-settings/route");

beforeEach(() => cookieJar.clear());

const learner = (name: string) =>
  registerAccount({ email: `${name}@example.com`, name, password: "een lang wachtwoord" });

const keptRows = () =>
  db.learnerSettings.findMany({ where: { readingSettings: { not: null } }, select: { userId: true } });

async function readKept(): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = await route.GET();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("Cache-Control") };
}

const darkAndLarger = JSON.stringify({ ...DEFAULT_READING_SETTINGS, textSize: 2, theme: "dark" });

describe('"reading-settings.saveReadingSettingsAction" and api/me/reading-settings', () => {
  it("refuse a signed-out caller", async () => {
    expect(await actions.saveReadingSettingsAction(darkAndLarger)).toEqual({ ok: false, error: "unauthenticated" });
    expect(await readKept()).toMatchObject({ status: 401, body: { error: "unauthenticated" } });
    expect(await keptRows()).toEqual([]);
  });

  it("let each learner keep and read their own settings only", async () => {
    const anna = await learner("anna");
    const ben = await learner("ben");
    await signInAs(anna);
    expect(await readKept()).toEqual({ status: 200, body: { settings: null }, cacheControl: "private, no-store" });
    expect(await actions.saveReadingSettingsAction(darkAndLarger)).toEqual({ ok: true, data: null });
    expect((await readKept()).body).toEqual({ settings: JSON.parse(darkAndLarger) as unknown });

    await signInAs(ben);
    expect((await readKept()).body).toEqual({ settings: null });
    expect(await actions.saveReadingSettingsAction(JSON.stringify({ lineSpacing: 2 }))).toEqual({
      ok: true,
      data: null,
    });
    expect((await readKept()).body).toEqual({ settings: { ...DEFAULT_READING_SETTINGS, lineSpacing: 2 } });

    await signInAs(anna);
    expect((await readKept()).body).toEqual({ settings: JSON.parse(darkAndLarger) as unknown });
  });

  it("keep the learner's other settings as they were", async () => {
    const anna = await learner("anna");
    await updateLearnerSettings(anna.id, { dayStartHour: 6, statusColours: false });
    await signInAs(anna);
    await actions.saveReadingSettingsAction(darkAndLarger);
    expect(await db.learnerSettings.findUnique({ where: { userId: anna.id } })).toEqual({
      ...DEFAULT_LEARNER_SETTINGS,
      userId: anna.id,
      dayStartHour: 6,
      statusColours: false,
      readingSettings: darkAndLarger,
    });
  });

  it("store only known settings, each within range", async () => {
    const anna = await learner("anna");
    await signInAs(anna);
    await actions.saveReadingSettingsAction(JSON.stringify({ textSize: 40, speechRate: 9, font: "Comic Sans" }));
    const row = await db.learnerSettings.findUnique({ where: { userId: anna.id } });
    expect(JSON.parse(row!.readingSettings!)).toEqual({ ...DEFAULT_READING_SETTINGS, textSize: 4, speechRate: 1.2 });
  });

  it("refuse oversized or garbage input with invalid-input, and store nothing", async () => {
    const anna = await learner("anna");
    await signInAs(anna);
    const oversized = JSON.stringify({ theme: "dark", padding: " ".repeat(MAX_READING_SETTINGS_CHARS) });
    const garbage: unknown[] = [oversized, "{not json", "[2]", '"dark"', "null", 42, { theme: "dark" }, undefined];
    for (const input of garbage) {
      expect(await actions.saveReadingSettingsAction(input)).toEqual({ ok: false, error: "invalid-input" });
    }
    expect(await keptRows()).toEqual([]);
    expect(await db.learnerSettings.count()).toBe(0);
  });
});
