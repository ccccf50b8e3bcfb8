import type { ReviewCardView } from "@/lib/vocabulary/review-card-view";
import { fillPlaceholders } from "@/lib/i18n/fill-placeholders";
import { formatInterval } from "./format-interval";
import type { ReviewStrings } from "./review-strings";
import styles from "./review.module.css";

interface Props {
  card: ReviewCardView;
  strings: ReviewStrings;
  pending: boolean;
  onGrade: (index: number) => void;
}

/** Again, Hard, Good, Easy (keys 1–4), each with when the card would come back. */
export function GradeButtons({ card, strings, pending, onGrade }: Props) {
  return (
    <div role="group" aria-labelledby="grade-question" className={styles.grading}>
      <p id="grade-question" className={styles.gradeQuestion}>
        {strings.gradeQuestion}
      </p>
      <div className={styles.grades}>
        {strings.grades.map((label, index) => {
          const interval = formatInterval(card.intervals[index] ?? 0, strings);
          return (
            <button
              key={label}
              type="button"
              className={index === 0 ? `secondary ${styles.grade}` : styles.grade}
              disabled={pending}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => onGrade(index)}
            >
              <span className={styles.gradeLabel}>
                <kbd aria-hidden="true">{index + 1}</kbd> {label}
              </span>
              <span className={styles.gradeInterval} aria-hidden="true">
                {interval.short}
              </span>
              <span className="visually-hidden">
                , {fillPlaceholders(strings.backIn, { interval: interval.words })}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
