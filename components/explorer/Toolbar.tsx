'use client';

import { useState, type RefObject } from 'react';
import { exportView, type VisibleGraph } from '@/lib/client/drawing/elements';
import { composePng, downloadBlob, exportFilename } from '@/lib/client/drawing/export';
import { withEveryQuote } from '@/lib/client/data/queries';
import type { LayoutName, ViewMode } from '@/lib/client/url/url-state';
import { CopyLink } from '@/components/query/CopyLink';
import { Segmented } from './Filters';
import type { GraphCanvasHandle } from './GraphCanvas';
import { ZoomControls } from './ZoomControls';

const VIEW_OPTIONS = [
  { value: 'split', label: 'Graph + table' },
  { value: 'graph', label: 'Graph' },
  { value: 'table', label: 'Table' },
] as const satisfies readonly { value: ViewMode; label: string }[];

const LAYOUT_OPTIONS = [
  { value: 'camps', label: 'Camps' },
  { value: 'force', label: 'Force' },
] as const satisfies readonly { value: LayoutName; label: string }[];

interface Props {
  view: ViewMode;
  layout: LayoutName;
  onView(view: ViewMode): void;
  onLayout(layout: LayoutName): void;
  graphRef: RefObject<GraphCanvasHandle | null>;
  /** What is drawn, for the JSON export; null while nothing is. */
  drawn: VisibleGraph | null;
  /** The /api/graph query string `drawn` came from (its left-out quotes are asked from it); null: none. */
  drawnQuery: string | null;
  /** The PNG's caption: the view's title and what narrows it (the page's link is added at export). */
  caption: { title: string; details: string[] };
  /** What the downloads' file names say (lib/client/drawing/export.ts exportFilename). */
  fileWords: string[];
}

/** What to show and how (view, layout, zoom) and the exports; an export that fails says why below. */
export function Toolbar({ view, layout, onView, onLayout, graphRef, drawn, drawnQuery, caption, fileWords }: Props) {
  const [exportError, setExportError] = useState<string | null>(null);
  const tableOnly = view === 'table';

  async function exportPng() {
    setExportError(null);
    try {
      const graphPng = await graphRef.current?.png();
      if (!graphPng) throw new Error('There is nothing drawn to export.');
      const subtitle = [...caption.details, window.location.href].join(' · ');
      const png = await composePng(graphPng, { title: caption.title, subtitle });
      downloadBlob(png, exportFilename(fileWords, 'png'));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The PNG could not be made.');
    }
  }

  async function exportJson() {
    if (!drawn) return;
    setExportError(null);
    try {
      const whole = drawnQuery === null ? drawn : await withEveryQuote(drawn, drawnQuery);
      const body = JSON.stringify(exportView(whole, window.location.href), null, 2);
      downloadBlob(new Blob([body], { type: 'application/json' }), exportFilename(fileWords, 'json'));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The JSON could not be made.');
    }
  }

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="View">
        <Segmented
          legend="Show"
          name="view"
          value={view}
          options={VIEW_OPTIONS}
          onChange={onView}
          className="segmented--inline segmented--quiet"
        />
        <Segmented
          legend="Layout"
          name="layout"
          value={layout}
          options={LAYOUT_OPTIONS}
          onChange={onLayout}
          className="segmented--inline"
        />
        <ZoomControls graphRef={graphRef} disabled={tableOnly} />
        <div className="toolbar__group toolbar__export">
          <span className="toolbar__label" id="export-label">
            Export
          </span>
          <button
            type="button"
            className="button button--secondary"
            onClick={exportPng}
            disabled={!drawn || tableOnly}
            aria-describedby="export-label"
            title={tableOnly ? 'Show the graph to export it as PNG' : 'Download the graph with its legend'}
          >
            PNG
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={exportJson}
            disabled={!drawn}
            aria-describedby="export-label"
            title="Download visible nodes and edges with their evidence"
          >
            JSON
          </button>
        </div>
        {/* The URL holds the whole view (lib/client/url/url-state.ts), so the link reopens it. */}
        <CopyLink />
      </div>
      {exportError && (
        <p className="notice notice--error" role="alert">
          {exportError}
        </p>
      )}
    </>
  );
}
