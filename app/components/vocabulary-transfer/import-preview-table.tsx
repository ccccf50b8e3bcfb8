"use client";

import { statusAfterImport, type LearnerImportPreview } from "@/lib/vocabulary/transfer/import-preview";
import type { ImportFormStrings } from "./transfer-strings";

type Row = LearnerImportPreview["rows"][number];

/**
 * The first rows as they will be imported: Dutch text marked `lang="nl"`, English `lang="en"`, plain text only. On
 * a phone each row becomes a card with every value under its column's name (the cells' data-label).
 */
export function ImportPreviewTable({
  lng,
  rows,
  strings,
}: {
  lng: string;
  rows: readonly Row[];
  strings: ImportFormStrings;
}) {
  if (rows.length === 0) return <p>{strings.noRowsToShow}</p>;
  const effect = (row: Row) =>
    row.saved ? strings.effects.merge : row.statusOnly ? strings.effects.statusOnly : strings.effects.add;
  return (
    <div className="table-scroll" role="region" aria-labelledby="import-preview-caption" tabIndex={0}>
      <table className="learner-table">
        <caption id="import-preview-caption">{strings.previewCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.rowNumber}</th>
            <th scope="col">{strings.targets.word}</th>
            <th scope="col">{strings.targets.english}</th>
            <th scope="col">{strings.sentenceColumn}</th>
            <th scope="col">{strings.targets.note}</th>
            <th scope="col">{strings.statusColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line.toLocaleString(lng)}</th>
              <td data-label={strings.targets.word}>
                <span lang="nl">{row.word}</span>
              </td>
              <td data-label={strings.targets.english}>
                <span lang="en">{row.english}</span>
              </td>
              <td data-label={strings.sentenceColumn}>
                {row.sentence && <span lang="nl">{row.sentence}</span>}
                {row.sentence && row.sentenceEnglish && <br />}
                {row.sentenceEnglish && (
                  <span lang="en" className="hint">
                    {row.sentenceEnglish}
                  </span>
                )}
              </td>
              <td data-label={strings.targets.note}>{row.note}</td>
              <td data-label={strings.statusColumn}>
                {strings.statuses[statusAfterImport(row)]}
                <br />
                <span className="hint">{effect(row)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
