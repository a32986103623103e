// The one table primitive: a column list (header, cell, numeric or row header) rendered as an
// accessible table (scoped headers, optional caption), so feature tables declare columns, not markup.
import type { ReactNode } from "react";
import { TABLE, TD, TH } from "./styles";

export type TColumn<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell that names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
  headerClassName?: string;
  cellClassName?: string;
};

/** Row attributes: a class and any data-* attribute (tests and scripts find rows by them). */
type TRowProps = { className?: string } & { [K in `data-${string}`]?: string | number };

type TProps<R> = {
  columns: TColumn<R>[];
  rows: R[];
  rowKey: (row: R) => string | number;
  caption?: ReactNode;
  captionClassName?: string;
  rowProps?: (row: R) => TRowProps;
  className?: string;
};

const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(" ");

export function DataTable<R>({
  columns,
  rows,
  rowKey,
  caption,
  captionClassName,
  rowProps,
  className,
}: TProps<R>) {
  return (
    <table className={join(TABLE, className)}>
      {caption ? (
        <caption className={captionClassName ?? "mb-2 text-left text-sm text-slate-600"}>
          {caption}
        </caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={join(TH, c.numeric && "text-right", c.headerClassName)}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c) => {
              const cls = join(
                TD,
                c.numeric && "text-right tabular-nums",
                c.rowHeader && "font-medium",
                c.cellClassName,
              );
              return c.rowHeader ? (
                <th key={c.key} scope="row" className={cls}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={cls}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
