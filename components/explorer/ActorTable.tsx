'use client';

import { memo, useMemo, useState } from 'react';
import {
  sameActorRow,
  sortActorRows,
  type ActorRow,
  type SortDirection,
  type SortKey,
} from '@/lib/client/drawing/elements';
import { formatPartialDate } from '@/lib/client/format';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { UserText } from '@/components/UserText';
import { EvidenceWords, SourceLink } from './EvidenceWords';
import { KindIcon, NoStanceBadge, StanceBadge } from './Symbols';

interface Props {
  rows: ActorRow[];
  selectedId: string | null;
  onSelect(id: string, moveFocus: boolean): void;
  showEventTitles: boolean;
  caption: string;
}

/**
 * The graph as a table: the same actors, readable without the canvas, by keyboard and screen reader.
 * Memoised: the page renders again for what leaves the rows alone (a step of Play's range in the URL
 * before its graph has loaded, the timeline), and the rows' list is then not walked again.
 */
export const ActorTable = memo(function ActorTable({ rows, selectedId, onSelect, showEventTitles, caption }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'stance',
    direction: 'ascending',
  });
  const sorted = useMemo(() => sortActorRows(rows, sort.key, sort.direction), [rows, sort]);

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, direction: next })}>
          {label}
          <span className="sort-button__icon" aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
          <span className="sr-only">{active ? `, sorted ${sort.direction}` : ', sortable'}</span>
        </button>
      </th>
    );
  }

  return (
    <div className="table-wrap">
      <table className="actor-table" data-testid="actor-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Actor')}
            {header('stance', 'Stance')}
            {header('kind', 'Kind')}
            <th scope="col">Evidence and source</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <TableRow
              key={row.id}
              row={row}
              selected={row.id === selectedId}
              onSelect={onSelect}
              showEventTitles={showEventTitles}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

interface RowProps {
  row: ActorRow;
  selected: boolean;
  onSelect(id: string, moveFocus: boolean): void;
  showEventTitles: boolean;
}

/**
 * One actor's row. A new view brings new row objects for mostly the same actors (each step of Play
 * changes a few of hundreds): a row whose content is unchanged is not rendered again.
 */
const TableRow = memo(
  function TableRow({ row, selected, onSelect, showEventTitles }: RowProps) {
    return (
      <tr data-actor-id={row.id} aria-current={selected ? 'true' : undefined}>
        <th scope="row" data-label="Actor">
          <button
            type="button"
            className="link-button"
            // detail is 0 for a keyboard "click": then focus follows into the panel.
            onClick={(event) => onSelect(row.id, event.detail === 0)}
          >
            <UserText>{row.name}</UserText>
          </button>
          {row.description && <UserText className="actor-table__role">{row.description}</UserText>}
        </th>
        <td data-label="Stance">
          {row.stances.length === 0 ? (
            <NoStanceBadge />
          ) : (
            <ul className="plain-list">
              {row.stances.map((cell) => (
                <li key={cell.edgeId}>
                  <StanceBadge stance={cell.stance} />
                  {showEventTitles && (
                    <span className="actor-table__event">
                      {' '}
                      on <UserText>{cell.eventTitle}</UserText>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </td>
        <td data-label="Kind">
          {row.kind && (
            <span className="kind-cell">
              <KindIcon kind={row.kind} />
              {KIND_STYLES[row.kind].label}
            </span>
          )}
        </td>
        <td data-label="Evidence and source">
          {row.stances.length === 0 ? (
            <span className="muted">—</span>
          ) : (
            row.stances.map((cell) =>
              cell.evidence ? (
                <figure key={cell.edgeId} className="table-quote" data-kind={cell.evidence.kind}>
                  {/* Clamped to a few lines by CSS: the panel has the quote whole. */}
                  <EvidenceWords evidence={cell.evidence} />
                  <figcaption>
                    {cell.evidence.truncated && 'Shortened quote. '}
                    <UserText>{cell.evidence.source.title}</UserText>
                    {cell.evidence.source.publisher && (
                      <>
                        , <UserText>{cell.evidence.source.publisher}</UserText>
                      </>
                    )}
                    {cell.evidence.source.date && `, ${formatPartialDate(cell.evidence.source.date)}`}
                    {', '}
                    <SourceLink source={cell.evidence.source}>source link</SourceLink>
                    {cell.otherQuotes > 0 && (
                      <>
                        {'. '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={(event) => onSelect(cell.edgeId, event.detail === 0)}
                        >
                          {cell.otherQuotes === 1 ? '1 more quote' : `${cell.otherQuotes} more quotes`}
                        </button>
                      </>
                    )}
                  </figcaption>
                </figure>
              ) : cell.quotesLeftOut ? (
                <p key={cell.edgeId} className="table-quote">
                  <button
                    type="button"
                    className="link-button"
                    onClick={(event) => onSelect(cell.edgeId, event.detail === 0)}
                  >
                    Read the evidence
                    {showEventTitles && (
                      <>
                        {' '}
                        on <UserText>{cell.eventTitle}</UserText>
                      </>
                    )}
                  </button>{' '}
                  <span className="muted small">(a view this wide loads quotes when opened)</span>
                </p>
              ) : null,
            )
          )}
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.showEventTitles === b.showEventTitles &&
    sameActorRow(a.row, b.row),
);
