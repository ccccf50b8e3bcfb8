import { memo } from "react";
import type { PairEdits } from "@/lib/lessons/alignment-draft";

export type PairTool = keyof PairEdits;

export interface PairRowStrings {
  moveEnglishUp: string;
  moveEnglishDown: string;
  mergeWithNext: string;
  splitPair: string;
}

interface Props {
  paragraph: number;
  /** The pair's identity in its paragraph (pairKey): rows keep it while pairs before them merge or split. */
  pairKey: string;
  dutch: string;
  english: string;
  /** The cell shows a note in the page's language ("(no Dutch)", "(no English)"), not the lesson's text. */
  dutchIsNote: boolean;
  englishIsNote: boolean;
  moveUp: boolean;
  moveDown: boolean;
  merge: boolean;
  split: boolean;
  onEdit: (paragraph: number, pairKey: string, tool: PairTool) => void;
  strings: PairRowStrings;
}

const TOOLS: readonly { tool: PairTool; label: keyof PairRowStrings; symbol: string }[] = [
  { tool: "moveUp", label: "moveEnglishUp", symbol: "↑" },
  { tool: "moveDown", label: "moveEnglishDown", symbol: "↓" },
  { tool: "merge", label: "mergeWithNext", symbol: "⊕" },
  { tool: "split", label: "splitPair", symbol: "✂" },
];

/**
 * One Dutch–English pair with its corrections. Its props are plain values, so after a merge only the rows whose
 * text or available corrections changed render again, not all 370 of a long lesson. A correction that does not
 * apply stays in place and focusable, marked aria-disabled, so the row's buttons do not shift and focus is never
 * dropped on the page.
 */
export const PairRow = memo(function PairRow(props: Props) {
  const { paragraph, pairKey, dutch, english, dutchIsNote, englishIsNote, onEdit, strings } = props;
  return (
    <li className="pair">
      <div lang={dutchIsNote ? undefined : "nl"} className={dutchIsNote ? "pair-nl is-note" : "pair-nl"}>
        {dutch}
      </div>
      <div lang={englishIsNote ? undefined : "en"} className={englishIsNote ? "pair-en is-note" : "pair-en"}>
        {english}
      </div>
      <div className="pair-tools">
        {TOOLS.map(({ tool, label, symbol }) => (
          <button
            key={tool}
            type="button"
            className="secondary tool"
            data-tool={tool}
            aria-disabled={props[tool] ? undefined : true}
            onClick={() => props[tool] && onEdit(paragraph, pairKey, tool)}
          >
            <span aria-hidden="true">{symbol}</span> {strings[label]}
          </button>
        ))}
      </div>
    </li>
  );
});
