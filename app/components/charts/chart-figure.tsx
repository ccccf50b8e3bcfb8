import type { ReactNode } from "react";
import { VIEW } from "./chart-scale";
import styles from "./charts.module.css";

interface Props {
  title: string;
  description: string;
  /** What the chart shows, in a sentence: the accessible name of the drawing. */
  summary: string;
  legend?: ReactNode;
  /** The drawing's contents, in VIEW units. */
  children: ReactNode;
  /** The same numbers as a table, behind "Show the numbers". */
  table: ReactNode;
  showNumbers: string;
}

/**
 * A chart as a figure: caption with heading, legend, the drawing as one image with a summary for screen readers,
 * and the numbers it is drawn from as a real table.
 */
export function ChartFigure({ title, description, summary, legend, children, table, showNumbers }: Props) {
  return (
    <figure className={styles.figure}>
      <figcaption>
        <h2>{title}</h2>
        <p className={styles.description}>{description}</p>
      </figcaption>
      {legend}
      <svg
        className={styles.chart}
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {children}
      </svg>
      <details className={styles.numbers}>
        <summary>{showNumbers}</summary>
        <div className={styles.tableScroll}>{table}</div>
      </details>
    </figure>
  );
}
