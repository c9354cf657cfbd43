/**
 * What the Cypher editor completes: the graph's labels, relationship types and property keys (from
 * GET /api/schema, which the console's side list shows too), the procedures the console may call,
 * and the names of the parameters being set.
 */
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import type { GraphSchema } from '@/lib/types';

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

/** The schema's names as three lists, in its order (by name). */
export function vocabularyOf(schema: GraphSchema): GraphVocabulary {
  const names = (entries: GraphSchema['labels']) => entries.map((e) => e.name);
  return {
    labels: names(schema.labels),
    relationshipTypes: names(schema.relationshipTypes),
    propertyKeys: names(schema.propertyKeys),
  };
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
