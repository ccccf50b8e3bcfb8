import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** A file argument as given, or every `nl.txt` below a folder argument (the layout of the NTREX documents). */
export function textFiles(argument: string): string[] {
  if (!statSync(argument).isDirectory()) return [argument];
  return readdirSync(argument, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "nl.txt")
    .sort()
    .map((file) => path.join(argument, file));
}
