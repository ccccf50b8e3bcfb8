"use client";

import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { importVocabularyAction, previewVocabularyImportAction } from "@/app/actions/vocabulary-import";
import type { ColumnMapping, ImportTarget } from "@/lib/vocabulary/transfer/import-mapping";
import type { LearnerImportPreview } from "@/lib/vocabulary/transfer/import-preview";
import type { ImportSummary } from "@/lib/vocabulary/transfer/import-summary";
import { importable, IMPORT_EXTENSIONS } from "@/lib/vocabulary/transfer/transfer-limits";
import { ColumnMappingFields } from "./column-mapping-fields";
import { plural } from "./fill-template";
import { ImportPreviewTable } from "./import-preview-table";
import { RowProblems } from "./row-problems";
import type { ImportFormStrings } from "./transfer-strings";

/** The file and the mapping as the actions read them; the server keeps nothing between the steps. */
function formFor(file: File, mapping: ColumnMapping | null): FormData {
  const data = new FormData();
  data.set("file", file);
  if (mapping) data.set("mapping", JSON.stringify(mapping));
  return data;
}

/**
 * The vocabulary import: choose a file (step 1, read on the server, which suggests what each column holds), choose
 * the columns and see the first rows and every row problem (step 2, read again on each change), import (step 3,
 * the same file and mapping sent once more and checked again). A slower answer to an older choice is dropped.
 */
export function VocabularyImportForm({ lng, strings }: { lng: string; strings: ImportFormStrings }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LearnerImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [reading, startReading] = useTransition();
  const [importing, startImporting] = useTransition();
  const latestRequest = useRef(0);

  const message = (code: string) => strings.errors[code] ?? strings.errors.unknown ?? "";

  function read(chosen: File, chosenMapping: ColumnMapping | null) {
    const request = ++latestRequest.current;
    startReading(async () => {
      const result = await previewVocabularyImportAction(formFor(chosen, chosenMapping));
      if (request !== latestRequest.current) return;
      if (result.ok) {
        setPreview(result.data);
        setMapping(result.data.mapping);
        setError(null);
      } else {
        setError(message(result.error));
      }
    });
  }

  function choose(chosen: File | null) {
    latestRequest.current++;
    setFile(chosen);
    setPreview(null);
    setMapping(null);
    setSummary(null);
    setError(null);
    if (!chosen) return;
    // Checked here too, so a wrong file is refused before it is sent.
    if (!importable(chosen.name)) setError(message("unsupported-file"));
    else if (chosen.size > strings.limits.maxFileBytes) setError(message("file-too-large"));
    else if (chosen.size === 0) setError(message("import-empty"));
    else read(chosen, null);
  }

  function remap(target: ImportTarget, column: number | null) {
    if (!file || !mapping) return;
    const next = { ...mapping, [target]: column };
    setMapping(next);
    setSummary(null);
    if (next.word !== null) {
      read(file, next);
    } else {
      latestRequest.current++;
      setError(message("import-no-word-column"));
    }
  }

  function runImport() {
    if (!file || !mapping) return;
    startImporting(async () => {
      const result = await importVocabularyAction(formFor(file, mapping));
      setSummary(result.ok ? result.data : null);
      setError(result.ok ? null : message(result.error));
    });
  }

  const summaryText =
    summary && (summary.added || summary.updated || summary.statusesSet)
      ? [
          plural(strings.added, summary.added, lng),
          plural(strings.updated, summary.updated, lng),
          plural(strings.statusesSet, summary.statusesSet, lng),
        ].join(", ") + "."
      : summary && strings.nothingChanged;

  return (
    <div className="transfer-import">
      <div className="field">
        <label htmlFor="import-file">{strings.file}</label>
        <input
          id="import-file"
          type="file"
          accept={[...IMPORT_EXTENSIONS, "text/csv", "text/tab-separated-values", "text/plain"].join(",")}
          aria-describedby="import-file-hint"
          disabled={importing}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <p id="import-file-hint" className="hint">
          {strings.fileHint}
        </p>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {preview && mapping && (
        <>
          <ColumnMappingFields
            lng={lng}
            columns={preview.columns}
            mapping={mapping}
            disabled={importing}
            onChange={remap}
            strings={strings}
          />
          <h3>{strings.previewHeading}</h3>
          <p>{plural(strings.rowCount, preview.rowCount, lng)}</p>
          <ImportPreviewTable lng={lng} rows={preview.rows} strings={strings} />
          <RowProblems lng={lng} problems={preview.problems} problemCount={preview.problemCount} strings={strings} />
          <div className="form-actions">
            <button type="button" onClick={runImport} disabled={importing || reading || mapping.word === null}>
              {importing ? strings.importing : strings.importButton}
            </button>
          </div>
        </>
      )}
      <div role="status">
        {reading && <p>{strings.reading}</p>}
        {summaryText && (
          <p>
            {summaryText} <Link href={`/${lng}/vocabulary`}>{strings.seeVocabulary}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
