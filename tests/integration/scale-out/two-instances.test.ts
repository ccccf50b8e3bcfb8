/**
 * Two instances of the built app on one PostgreSQL database, as a school would run them behind a load balancer:
 * what one instance does, the other must know. Run by `npm run test:postgres` (it needs TEST_POSTGRES_URL).
 */
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILURES_PER_ADDRESS_AND_ACCOUNT } from "@/lib/auth/attempt-limits";
import { DEMO_ACCOUNTS } from "@/prisma/seed-data/demo-accounts";
import { startApp, type AppProcess } from "../../support/app-process";
import { dropPostgresDatabase, seededPostgresDatabase } from "../../support/postgres-app-database";
import { actionId, callFormAction } from "../../support/server-action";
import { TEST_POSTGRES_URL } from "../../support/test-postgres";

const DATABASE = `leeshulp_scale_out_${process.pid}`;
const PORTS = [3421, 3422] as const;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "learner")!;
const teacher = DEMO_ACCOUNTS.find((account) => account.role === "teacher")!;

let url = "";
let first: AppProcess;
let second: AppProcess;

/** Posts the sign-in form through `app` as a browser with JavaScript does; the raw answer. */
function postSignIn(app: AppProcess, email: string, password: string): Promise<Response> {
  const form = new FormData();
  form.append("lng", "en");
  form.append("email", email);
  form.append("password", password);
  return callFormAction(app.base, "/en/sign-in", actionId("app/actions/auth.ts", "signInAction"), [null, form]);
}

/** Signs in through `app`; the session cookie it set. */
async function signIn(app: AppProcess, email: string, password: string): Promise<string> {
  const answer = await postSignIn(app, email, password);
  const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith("session="));
  if (!session) throw new Error(`no session from signing in as ${email}: ${answer.status} ${await answer.text()}`);
  return session.split(";")[0]!;
}

async function sessionUser(app: AppProcess, cookie: string): Promise<unknown> {
  const answer = await fetch(`${app.base}/api/session`, { headers: { cookie } });
  return ((await answer.json()) as { user: unknown }).user;
}

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("two app instances on one PostgreSQL database", () => {
  beforeAll(async () => {
    if (!TEST_POSTGRES_URL) throw new Error("the scale-out test needs PostgreSQL: run it with npm run test:postgres");
    url = await seededPostgresDatabase(DATABASE);
    // Demo lessons are read-only; the demo article becomes the demo teacher's own public lesson, whose glossary
    // they may edit.
    await query(
      `UPDATE "Lesson" SET "ownerId" = (SELECT "id" FROM "User" WHERE "email" = $1)
       WHERE "id" = (SELECT "id" FROM "Lesson" WHERE "visibility" = 'public' ORDER BY "wordCount" DESC LIMIT 1)`,
      [teacher.email],
    );
    [first, second] = await Promise.all([startApp(url, PORTS[0]), startApp(url, PORTS[1])]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await dropPostgresDatabase(DATABASE);
  });

  it("keeps a session made on one instance on the other", async () => {
    const cookie = await signIn(first, learner.email, learner.password);

    expect(await sessionUser(second, cookie)).toEqual({ name: learner.name, role: "learner" });
    expect(await sessionUser(second, "")).toBeNull();
  });

  it("counts failed sign-ins on both instances against one limit", async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < FAILURES_PER_ADDRESS_AND_ACCOUNT.points; attempt++) {
      const app = attempt % 2 === 0 ? first : second;
      answers.push(await (await postSignIn(app, learner.email, `wrong password ${attempt}`)).text());
    }
    expect(answers.every((answer) => answer.includes("invalid-credentials"))).toBe(true);

    // Neither instance saw the limit's worth of failures itself, yet both refuse the next attempt, even with the
    // right password.
    for (const app of [first, second]) {
      const refused = await (await postSignIn(app, learner.email, learner.password)).text();
      expect(refused).toContain("too-many-attempts");
    }
  });

  it("shows a glossary edit made on one instance on the other's cached reader page", async () => {
    const [lesson] = await query<{ id: string }>(
      `SELECT "id" FROM "Lesson" WHERE "visibility" = 'public' ORDER BY "wordCount" DESC LIMIT 1`,
    );
    const [term] = await query<{ id: string; term: string; english: string; note: string | null }>(
      `SELECT "id", "term", "english", "note" FROM "GlossaryTerm" WHERE "lessonId" = $1 ORDER BY "term" LIMIT 1`,
      [lesson!.id],
    );
    const page = `${second.base}/en/lessons/${lesson!.id}`;
    await fetch(page);
    const cached = await fetch(page);
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    const english = `${term!.english} (edited on the other instance)`;
    expect(await cached.text()).not.toContain(english);

    const cookie = await signIn(first, teacher.email, teacher.password);
    const form = new FormData();
    form.append("term", term!.term);
    form.append("english", english);
    form.append("note", term!.note ?? "");
    const edited = await callFormAction(
      first.base,
      `/en/lessons/${lesson!.id}/glossary`,
      actionId("app/actions/glossary.ts", "updateGlossaryTermAction"),
      [term!.id, null, form],
      cookie,
    );
    expect(edited.status).toBe(200);
    expect(await edited.text()).toContain('"ok":true');

    const afterEdit = await fetch(page);
    expect(await afterEdit.text()).toContain(english);
  });
});
