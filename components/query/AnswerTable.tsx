'use client';

import { useId } from 'react';
import { STANCES, type Stance } from '@/lib/domain';
import { formatCell } from '@/lib/client/query-page/query-answer';
import { StanceBadge } from '@/components/explorer/Symbols';
import { UserText } from '@/components/UserText';

/** Rendering thousands of rows would stall the page; the row count says how many there are. */
const TABLE_MAX_ROWS = 1000;

interface Props {
  columns: string[];
  rows: Record<string, unknown>[];
  caption: string;
}

function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

function Cell({ column, value }: { column: string; value: unknown }) {
  if (column === 'stance' && isStance(value)) return <StanceBadge stance={value} />;
  if (value === null || value === undefined) return <span className="muted">null</span>;
  return <UserText>{formatCell(value)}</UserText>;
}

/**
 * The rows of an answer, column by column as the server named them. The first column heads each row.
 * The wrapper is a focusable region so a keyboard can scroll a wide or long table.
 */
export function AnswerTable({ columns, rows, caption }: Props) {
  const id = useId();
  const shown = rows.slice(0, TABLE_MAX_ROWS);
  return (
    <div className="table-wrap answer-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="actor-table answer-table" data-testid="answer-table">
        <caption id={`${id}-caption`}>
          {caption}
          {rows.length > shown.length && (
            <span className="answer-table__note"> (the first {TABLE_MAX_ROWS.toLocaleString('en-US')} are listed)</span>
          )}
        </caption>
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
          {shown.map((row, i) => (
            <tr key={i} data-row={i}>
              {columns.map((column, j) =>
                j === 0 ? (
                  <th key={column} scope="row">
                    <Cell column={column} value={row[column]} />
                  </th>
                ) : (
                  <td key={column}>
                    <Cell column={column} value={row[column]} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
