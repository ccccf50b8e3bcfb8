/**
 * Calls a server action of the built app over HTTP as React's client does: a POST to a page that uses the action,
 * with the action's id in the `Next-Action` header and the arguments as JSON. The id is read from the build's
 * manifest, so the tests follow every new build without copying ids.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "./app-process";

// React's own encoder of action arguments, as Next's client uses it (Next bundles React's server-DOM client).
const { encodeReply } = createRequire(__filename)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** The id of `exportedName` exported from `filename` (e.g. "app/actions/vocabulary.ts") in the current build. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} from ${filename} in the build`);
  return found[0];
}

export interface ActionAnswer<T> {
  status: number;
  /** The action's return value, when the answer carried one. */
  result: T | undefined;
  /** The answer as it came, for a failure's message. */
  body: string;
}

/**
 * Posts the action with `args` to `pagePath` (a page that renders it) and reads its return value from the RSC
 * stream: line `0:` is the page's header row, and the row it points to with "$@<row>" is the action's result.
 */
export async function callAction<T>(
  base: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie: string,
): Promise<ActionAnswer<T>> {
  const response = await fetch(new URL(pagePath, base), {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": id,
      origin: base,
      cookie,
    },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const text = await response.text();
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const header = rows.get("0");
  const pointer = header ? /"a":"\$@([0-9a-f]+)"/.exec(header)?.[1] : undefined;
  const row = pointer === undefined ? undefined : rows.get(pointer);
  return { status: response.status, result: row === undefined ? undefined : (JSON.parse(row) as T), body: text };
}

/**
 * Calls a server action whose arguments include FormData (a form's action called from JavaScript), encoded as React's
 * client encodes them (multipart, the form's fields under a prefix). Returns the raw response: such actions often
 * answer with a redirect and cookies rather than a value.
 */
export async function callFormAction(
  base: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie = "",
): Promise<Response> {
  const body = await encodeReply(args);
  return fetch(new URL(pagePath, base), {
    method: "POST",
    headers: { accept: "text/x-component", "next-action": id, origin: base, cookie },
    body,
    redirect: "manual",
  });
}

/**
 * The hidden fields React renders into a page's form so that it works without JavaScript (the action's id and its
 * bound state); posting them with the form's own fields submits the form as a browser without JavaScript does.
 */
export async function formActionFields(pageUrl: string, cookie: string): Promise<Record<string, string>> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  if (Object.keys(fields).length === 0) throw new Error(`no action fields found in the form of ${pageUrl}`);
  return fields;
}
