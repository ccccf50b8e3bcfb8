import styles from "./charts.module.css";

interface Props {
  caption: string;
  columns: readonly string[];
  /** One row a day: its label first (a row header), then a cell per further column. */
  rows: readonly (readonly string[])[];
}

/** The numbers behind a chart, for screen readers and anyone who wants them exact. */
export function DataTable({ caption, columns, rows }: Props) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...cells]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {cells.map((cell, index) => (
              <td key={columns[index + 1]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
