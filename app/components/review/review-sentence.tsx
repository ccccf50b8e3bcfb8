import { splitAtForm } from "@/lib/vocabulary/review-sentence";
import styles from "./review.module.css";

interface Props {
  sentence: string;
  form: string;
  /** "bold" shows the word; "gap" hides it behind a line that screen readers announce as `gapLabel`. */
  mark: "bold" | "gap";
  gapLabel: string;
}

/** A saved sentence with its word in bold (recognition, and every answer) or left out (production's question). */
export function ReviewSentence({ sentence, form, mark, gapLabel }: Props) {
  const parts = splitAtForm(sentence, form);
  if (!parts) {
    return (
      <p lang="nl" className={styles.sentence}>
        {sentence}
      </p>
    );
  }
  return (
    <p lang="nl" className={styles.sentence}>
      {parts.before}
      {mark === "bold" ? (
        <b>{parts.form}</b>
      ) : (
        <span className={styles.gap}>
          {/* Always the same length, so the gap does not tell how long the word is. */}
          <span aria-hidden="true">{"________"}</span>
          <span className="visually-hidden">{gapLabel}</span>
        </span>
      )}
      {parts.after}
    </p>
  );
}
