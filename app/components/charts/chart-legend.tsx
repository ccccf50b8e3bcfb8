import type { ReactNode } from "react";
import styles from "./charts.module.css";

/** The series of a chart, each with its shape as drawn (a hatched area, a bar, a line with points). */
export function ChartLegend({ items }: { items: { key: string; swatch: ReactNode; label: string }[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.key}>
          <svg className={styles.swatch} viewBox="0 0 16 16" aria-hidden="true">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
