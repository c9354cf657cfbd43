/**
 * The export formats, each an async stream of text written page by page:
 * - json: the project's own format (what the importer reads), so an export round-trips;
 * - csv: the importer's columns, one row per evidence quote, quote_kind saying whose words it is;
 * - graphml: for Gephi, Cytoscape desktop and networkx, stance and evidence (with each quote's kind) as edge attributes;
 * - cyjs: Cytoscape.js JSON ({ elements: { nodes, edges } } of `data` objects), which Cytoscape desktop also opens.
 */
import { guardFormula } from '../csv-formula';
import { csvLine } from '../import/csv';
import { CSV_COLUMNS, JSON_FORMAT, JSON_VERSION } from '../import/format';
import { DEFAULT_QUOTE_KIND } from '../domain';
import { slugify } from '../model';
import type {
  ExportActor,
  ExportEvent,
  ExportRelation,
  ExportScope,
  ExportSource,
  ExportStance,
  GraphReader,
} from './records';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  cyjs: 'application/json; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', graphml: 'graphml', cyjs: 'cyjs' };

function toJsonActor(a: ExportActor) {
  return { id: a.id, name: a.name, kind: a.kind, aliases: a.aliases ?? [], description: a.description ?? '' };
}

function toJsonEvent(e: ExportEvent) {
  return { id: e.id, title: e.title, date: e.date, kind: e.kind ?? 'event', description: e.description ?? '' };
}

function toJsonSource(s: ExportSource) {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url ?? null,
    date: s.date ?? null,
    text: s.text ?? null,
    about: s.about ?? [],
  };
}

function toJsonRelation(r: ExportRelation) {
  return {
    source: r.source,
    type: r.type,
    target: r.target,
    ...(r.quote && r.sourceId
      ? { evidence: { source: r.sourceId, quote: r.quote, kind: r.quoteKind ?? DEFAULT_QUOTE_KIND } }
      : {}),
  };
}

function toJsonStance(s: ExportStance) {
  return {
    actor: s.actor.id,
    event: s.event.id,
    stance: s.stance,
    ...(s.statedOn ? { statedOn: s.statedOn } : {}),
    evidence: s.evidence.map((e) => ({ source: e.source.id, quote: e.quote, kind: e.kind })),
  };
}

async function* jsonExport(reader: GraphReader, scope: ExportScope): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION}`;
  const sections = [
    ['actors', reader.actors(scope), toJsonActor],
    ['events', reader.events(scope), toJsonEvent],
    ['sources', reader.sources(scope), toJsonSource],
    ['relations', reader.relations(scope), toJsonRelation],
    ['stances', reader.stances(scope), toJsonStance],
  ] as const;
  for (const [name, pages, map] of sections) {
    yield `,\n${JSON.stringify(name)}:[`;
    let first = true;
    for await (const page of pages as AsyncGenerator<unknown[]>) {
      yield page
        .map(
          (item) =>
            `${first ? ((first = false), '\n') : ',\n'}${JSON.stringify((map as (x: unknown) => unknown)(item))}`,
        )
        .join('');
    }
    yield first ? ']' : '\n]';
  }
  yield '}\n';
}

/** The importer matches a slug cell as the id and takes any other text as a name: write whichever reads back as the same id. */
function nameOrId(name: string | null | undefined, id: string): string {
  return name && slugify(name) === id ? name : id;
}

async function* csvExport(reader: GraphReader, scope: ExportScope): AsyncGenerator<string> {
  yield csvLine([...CSV_COLUMNS]);
  for await (const page of reader.stances(scope)) {
    let out = '';
    for (const s of page) {
      for (const e of s.evidence) {
        // A cell a spreadsheet would run as a formula is written as text; the import undoes it.
        out += csvLine(
          [
            nameOrId(s.actor.name, s.actor.id),
            s.actor.kind,
            nameOrId(s.event.title, s.event.id),
            s.event.date,
            s.stance,
            s.statedOn,
            e.quote,
            e.kind,
            e.source.title,
            e.source.url,
            e.source.date,
          ].map((cell) => (cell ? guardFormula(cell) : cell)),
        );
      }
    }
    yield out;
  }
}

function xmlEscape(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped.
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const GRAPHML_KEYS: [string, 'node' | 'edge', 'string' | 'int'][] = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['description', 'node', 'string'],
  ['aliases', 'node', 'string'],
  ['date', 'node', 'string'],
  ['type', 'edge', 'string'],
  ['stance', 'edge', 'string'],
  ['stated_on', 'edge', 'string'],
  ['quote', 'edge', 'string'],
  ['quote_kind', 'edge', 'string'],
  ['quotes', 'edge', 'string'],
  ['quote_kinds', 'edge', 'string'],
  ['evidence_count', 'edge', 'int'],
  ['source_title', 'edge', 'string'],
  ['source_publisher', 'edge', 'string'],
  ['source_url', 'edge', 'string'],
  ['source_date', 'edge', 'string'],
  ['evidence', 'edge', 'string'],
];

function keyId(name: string, on: 'node' | 'edge'): string {
  return `${on === 'node' ? 'n' : 'e'}_${name}`;
}

function graphmlData(on: 'node' | 'edge', values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${keyId(k, on)}">${xmlEscape(String(v))}</data>`)
    .join('');
}

async function* graphmlExport(reader: GraphReader, scope: ExportScope): AsyncGenerator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map(
      ([name, on, type]) => `  <key id="${keyId(name, on)}" for="${on}" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <graph id="stancegraph" edgedefault="directed">',
    '',
  ].join('\n');
  for await (const page of reader.actors(scope)) {
    yield page
      .map(
        (a) =>
          `    <node id="${xmlEscape(a.id)}">${graphmlData('node', { label: a.name, type: 'actor', kind: a.kind, description: a.description, aliases: (a.aliases ?? []).join('; ') })}</node>\n`,
      )
      .join('');
  }
  for await (const page of reader.events(scope)) {
    yield page
      .map(
        (e) =>
          `    <node id="${xmlEscape(e.id)}">${graphmlData('node', { label: e.title, type: 'event', kind: e.kind, description: e.description, date: e.date })}</node>\n`,
      )
      .join('');
  }
  for await (const page of reader.stances(scope)) {
    yield page
      .map((s) => {
        const first = s.evidence[0];
        const data = graphmlData('edge', {
          type: 'STANCE',
          stance: s.stance,
          stated_on: s.statedOn ?? undefined,
          quote: first?.quote,
          // direct: the actor's own words; reported: the source's account of them.
          quote_kind: first?.kind,
          // Several quotes: all of them, and the full evidence as JSON; one quote is said by the fields above.
          quotes: s.evidence.length > 1 ? s.evidence.map((e) => e.quote).join('\n') : undefined,
          quote_kinds: s.evidence.length > 1 ? s.evidence.map((e) => e.kind).join(' ') : undefined,
          evidence_count: s.evidence.length,
          source_title: first?.source.title,
          source_publisher: first?.source.publisher,
          source_url: first?.source.url,
          source_date: first?.source.date,
          evidence: s.evidence.length > 1 ? JSON.stringify(s.evidence) : undefined,
        });
        return `    <edge id="${xmlEscape(s.id)}" source="${xmlEscape(s.actor.id)}" target="${xmlEscape(s.event.id)}">${data}</edge>\n`;
      })
      .join('');
  }
  for await (const page of reader.relations(scope)) {
    yield page
      .map((r) => {
        const data = graphmlData('edge', {
          type: r.type,
          quote: r.quote,
          quote_kind: r.quoteKind,
          evidence_count: r.quote ? 1 : 0,
        });
        return `    <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}">${data}</edge>\n`;
      })
      .join('');
  }
  yield '  </graph>\n</graphml>\n';
}

async function* cyjsExport(reader: GraphReader, scope: ExportScope): AsyncGenerator<string> {
  yield '{"format_version":"1.0","generated_by":"stancegraph","target_cytoscapejs_version":"~3.34","data":{"name":"stancegraph"},"elements":{"nodes":[';
  let first = true;
  const item = (value: unknown) => `${first ? ((first = false), '\n') : ',\n'}${JSON.stringify(value)}`;
  for await (const page of reader.actors(scope)) {
    yield page
      .map((a) =>
        item({
          data: {
            id: a.id,
            label: a.name,
            type: 'actor',
            kind: a.kind,
            description: a.description ?? '',
            aliases: a.aliases ?? [],
          },
        }),
      )
      .join('');
  }
  for await (const page of reader.events(scope)) {
    yield page
      .map((e) => item({ data: { id: e.id, label: e.title, type: 'event', date: e.date, kind: e.kind } }))
      .join('');
  }
  yield '\n],"edges":[';
  first = true;
  for await (const page of reader.stances(scope)) {
    yield page
      .map((s) =>
        item({
          data: {
            id: s.id,
            source: s.actor.id,
            target: s.event.id,
            type: 'STANCE',
            stance: s.stance,
            statedOn: s.statedOn,
            quote: s.evidence[0]?.quote ?? null,
            quote_kind: s.evidence[0]?.kind ?? null,
            evidence: s.evidence,
          },
        }),
      )
      .join('');
  }
  for await (const page of reader.relations(scope)) {
    yield page
      .map((r) =>
        item({
          data: {
            id: r.id,
            source: r.source,
            target: r.target,
            type: r.type,
            quote: r.quote,
            quoteKind: r.quoteKind,
            sourceId: r.sourceId,
          },
        }),
      )
      .join('');
  }
  yield '\n]}}\n';
}

export const EXPORTERS: Record<ExportFormat, (reader: GraphReader, scope: ExportScope) => AsyncGenerator<string>> = {
  json: jsonExport,
  csv: csvExport,
  graphml: graphmlExport,
  cyjs: cyjsExport,
};
