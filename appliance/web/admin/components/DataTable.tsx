import type { ComponentChildren } from 'preact';
import { type CsvCell, downloadCsv, toCsv } from '../state/csv';
import { t } from '../texts';

export interface Column {
  label: string;
  /** Right-aligned, tabular figures. */
  num?: boolean;
}

export interface DataTableProps {
  id: string;
  title: string;
  columns: Column[];
  /** What the screen shows, one array of cells per row. */
  rows: ComponentChildren[][];
  /** The same rows as spreadsheet cells (centavos as `1234,56`): adds "Exportar CSV" saving `csvFile`. */
  csv?: { file: string; rows: CsvCell[][] };
}

/** One titled table of a screen, optionally exportable to a pt-BR spreadsheet. */
export function DataTable({ id, title, columns, rows, csv }: DataTableProps) {
  return (
    <section class="card" id={id}>
      <h2>
        {title}
        {csv && (
          <button type="button" class="csv" onClick={() => downloadCsv(csv.file, toCsv(columns.map((c) => c.label), csv.rows))}>
            {t('ADMIN_EXPORT_CSV')}
          </button>
        )}
      </h2>
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} class={c.num ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} class="hint">
                {t('ADMIN_NOTHING_YET')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((value, column) => (
                <td key={column} class={columns[column]?.num ? 'num' : undefined}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
