import type { WordStatus } from "@/lib/vocabulary/word-status";
import styles from "./vocabulary-list.module.css";

/** A word's status in words, not colour alone; screen readers hear "Status: Known". */
export function StatusBadge({ status, label, name }: { status: WordStatus; label: string; name: string }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`}>
      <span className="visually-hidden">{label} </span>
      {name}
    </span>
  );
}
