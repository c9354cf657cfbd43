/**
 * What the Cypher editor completes: the graph's labels, relationship types and property keys (read
 * through the console itself, so nothing server-side is added), the procedures the console may call,
 * and the names of the parameters being set.
 */
import { queryOptions } from '@tanstack/react-query';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import type { QueryAnswer } from '@/lib/types';
import { postJson } from '../data/api';
import { queryKeys } from '../data/queries';

/** One read of the three lists; the console's guard allows exactly these procedures. */
const SCHEMA_CYPHER = [
  "CALL db.labels() YIELD label RETURN 'label' AS kind, label AS name",
  'UNION ALL',
  "CALL db.relationshipTypes() YIELD relationshipType RETURN 'type' AS kind, relationshipType AS name",
  'UNION ALL',
  "CALL db.propertyKeys() YIELD propertyKey RETURN 'key' AS kind, propertyKey AS name",
].join('\n');

const item = (name: string, type: string) => ({ name, signature: type });

/** The procedures lib/query/guard.ts lets through (a unit test keeps the two lists equal), with their Neo4j 5 signatures. */
export const CONSOLE_PROCEDURES: NonNullable<EditorSupportSchema['procedures']> = [
  { name: 'db.labels', signature: '() :: (label :: STRING)', returnItems: [item('label', 'STRING')] },
  {
    name: 'db.relationshipTypes',
    signature: '() :: (relationshipType :: STRING)',
    returnItems: [item('relationshipType', 'STRING')],
  },
  { name: 'db.propertyKeys', signature: '() :: (propertyKey :: STRING)', returnItems: [item('propertyKey', 'STRING')] },
  {
    name: 'db.schema.visualization',
    signature: '() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)',
    returnItems: [item('nodes', 'LIST<NODE>'), item('relationships', 'LIST<RELATIONSHIP>')],
  },
  {
    name: 'db.schema.nodeTypeProperties',
    signature:
      '() :: (nodeType :: STRING, nodeLabels :: LIST<STRING>, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)',
    returnItems: [
      item('nodeType', 'STRING'),
      item('nodeLabels', 'LIST<STRING>'),
      item('propertyName', 'STRING'),
      item('propertyTypes', 'LIST<STRING>'),
      item('mandatory', 'BOOLEAN'),
    ],
  },
  {
    name: 'db.schema.relTypeProperties',
    signature: '() :: (relType :: STRING, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)',
    returnItems: [
      item('relType', 'STRING'),
      item('propertyName', 'STRING'),
      item('propertyTypes', 'LIST<STRING>'),
      item('mandatory', 'BOOLEAN'),
    ],
  },
  {
    name: 'db.index.fulltext.queryNodes',
    signature: '(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)',
    returnItems: [item('node', 'NODE'), item('score', 'FLOAT')],
  },
];

export interface GraphVocabulary {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export const NO_VOCABULARY: GraphVocabulary = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** The answer of SCHEMA_CYPHER as three sorted lists. */
export function vocabularyOf(answer: Pick<QueryAnswer, 'rows'>): GraphVocabulary {
  const lists: Record<string, string[]> = { label: [], type: [], key: [] };
  for (const row of answer.rows) {
    if (typeof row.kind === 'string' && typeof row.name === 'string') lists[row.kind]?.push(row.name);
  }
  const sorted = (names: string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return { labels: sorted(lists.label), relationshipTypes: sorted(lists.type), propertyKeys: sorted(lists.key) };
}

/** The editor's schema; labels and types are written as the editor completes them (":Actor"). */
export function editorSchema(vocabulary: GraphVocabulary, parameterNames: string[]): EditorSupportSchema {
  return {
    labels: vocabulary.labels.map((l) => `:${l}`),
    relationshipTypes: vocabulary.relationshipTypes.map((t) => `:${t}`),
    propertyKeys: vocabulary.propertyKeys,
    procedures: CONSOLE_PROCEDURES,
    parameters: parameterNames,
  };
}

/** The vocabulary, read through the console. Only the editor's chunk loads this module, so other pages never carry it. */
export const consoleVocabularyQuery = () =>
  queryOptions({
    queryKey: queryKeys.consoleVocabulary(),
    queryFn: async ({ signal }) =>
      vocabularyOf(await postJson<QueryAnswer>('/api/query', { cypher: SCHEMA_CYPHER, params: {} }, signal)),
    staleTime: 5 * 60_000,
    // Completion is a help, not the page: without it the editor still highlights and checks syntax.
    retry: false,
  });
