import { afterAll } from "vitest";
import { removeDatabase, seededDatabase, startApp, type AppProcess } from "./app-process";

/**
 * A crash test file's own seeded database (tests/.tmp/<name>.db) and `start`, which starts the built app on it (again
 * after a kill). After the file's tests the app last started is stopped and the database removed.
 */
export function crashTestApp(name: string): {
  file: string;
  start: (port: number, env?: Record<string, string>) => Promise<AppProcess>;
} {
  const file = seededDatabase(name);
  let app: AppProcess | null = null;
  afterAll(async () => {
    await app?.stop();
    removeDatabase(file);
  });
  return { file, start: async (port, env) => (app = await startApp(file, port, env)) };
}
