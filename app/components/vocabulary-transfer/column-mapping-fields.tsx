"use client";

import { IMPORT_TARGETS, type ColumnMapping, type ImportTarget } from "@/lib/vocabulary/transfer/import-mapping";
import type { ImportColumn } from "@/lib/vocabulary/transfer/import-table";
import { fill } from "./fill-template";
import type { ImportFormStrings } from "./transfer-strings";

interface Props {
  lng: string;
  columns: readonly ImportColumn[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (target: ImportTarget, column: number | null) => void;
  strings: ImportFormStrings;
}

/** Step 2: one labelled select per kind of value, offering the file's columns by name and first values. */
export function ColumnMappingFields({ lng, columns, mapping, disabled, onChange, strings }: Props) {
  const optionText = (column: ImportColumn) => {
    const number = column.index + 1;
    const name = column.label
      ? fill(strings.columnWithLabel, { number, label: column.label }, lng)
      : fill(strings.column, { number }, lng);
    return column.samples.length > 0
      ? `${name} (${fill(strings.samples, { samples: column.samples.join(", ") }, lng)})`
      : name;
  };
  return (
    <fieldset className="transfer-mapping">
      <legend>{strings.mappingHeading}</legend>
      <p className="hint">{strings.mappingIntro}</p>
      {IMPORT_TARGETS.map((target) => (
        <div className="field" key={target}>
          <label htmlFor={`import-${target}`}>{strings.targets[target]}</label>
          <select
            id={`import-${target}`}
            value={mapping[target] ?? ""}
            disabled={disabled}
            onChange={(event) => onChange(target, event.target.value === "" ? null : Number(event.target.value))}
          >
            <option value="">{strings.notImported}</option>
            {columns.map((column) => (
              <option key={column.index} value={column.index}>
                {optionText(column)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
