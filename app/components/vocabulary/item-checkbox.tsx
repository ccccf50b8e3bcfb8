"use client";

import { useVocabularyList } from "./vocabulary-list-context";
import styles from "./vocabulary-list.module.css";

/** A row's checkbox for the bulk status change; a plain form field, so the form also works without JavaScript. */
export function ItemCheckbox({ itemId, label }: { itemId: string; label: string }) {
  const { isSelected, select } = useVocabularyList();
  return (
    <input
      type="checkbox"
      name="item"
      value={itemId}
      className={styles.checkbox}
      aria-label={label}
      checked={isSelected(itemId)}
      onChange={(event) => select(itemId, event.target.checked)}
    />
  );
}
