"use client";

import type { RowProblem } from "@/lib/vocabulary/transfer/import-rows";
import { fill, plural } from "./fill-template";
import type { ImportFormStrings } from "./transfer-strings";

/** "Row 7: no Dutch word": the message of one row problem in the UI language. */
export function problemMessage(problem: RowProblem, strings: ImportFormStrings, lng: string): string {
  const key = problem.problem === "text-too-long" ? (`${problem.field}-too-long` as const) : problem.problem;
  return fill(
    strings.problems[key],
    { row: problem.line, status: problem.problem === "unknown-status" ? problem.status : "" },
    lng,
  );
}

/** The rows that keep the file from being imported, one message each, and how many more there are. */
export function RowProblems({
  lng,
  problems,
  problemCount,
  strings,
}: {
  lng: string;
  problems: readonly RowProblem[];
  problemCount: number;
  strings: ImportFormStrings;
}) {
  if (problemCount === 0) return null;
  return (
    <section aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading">{strings.problemsHeading}</h3>
      <p>{strings.problemsIntro}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problemMessage(problem, strings, lng)}</li>
        ))}
      </ul>
      {problemCount > problems.length && <p>{plural(strings.moreProblems, problemCount - problems.length, lng)}</p>}
    </section>
  );
}
