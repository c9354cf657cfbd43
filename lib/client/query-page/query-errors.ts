/**
 * What went wrong with a question or a console query, in words a person can act on. The API already
 * says why (lib/query/console.ts); this only picks a heading by status and finds a syntax error's place.
 */
import { ApiRequestError, errorMessage } from '../data/api';

type RunErrorKind = 'syntax' | 'refused' | 'timeout' | 'memory' | 'input' | 'not-found' | 'unavailable' | 'other';

export interface SyntaxPosition {
  /** 1-based, as the person wrote the query. */
  line: number;
  column: number;
  /** 0-based character offset, when the database gave one. */
  offset: number | null;
}

export interface RunErrorView {
  kind: RunErrorKind;
  title: string;
  message: string;
  position: SyntaxPosition | null;
}

/** "… (line 3, column 8 (offset: 38))" -> { line: 3, column: 8, offset: 38 }. */
export function syntaxPosition(message: string): SyntaxPosition | null {
  const match = /line (\d+), column (\d+)(?: \(offset: (\d+)\))?/.exec(message);
  if (!match) return null;
  return { line: Number(match[1]), column: Number(match[2]), offset: match[3] === undefined ? null : Number(match[3]) };
}

export function describeRunError(error: unknown, what: 'question' | 'cypher'): RunErrorView {
  const message = errorMessage(error);
  const status = error instanceof ApiRequestError ? error.status : -1;
  const view = (kind: RunErrorKind, title: string, position: SyntaxPosition | null = null): RunErrorView => ({
    kind,
    title,
    message,
    position,
  });
  switch (status) {
    case 400: {
      const position = what === 'cypher' ? syntaxPosition(message) : null;
      if (position) return view('syntax', `Syntax error at line ${position.line}, column ${position.column}`, position);
      return view('input', what === 'cypher' ? 'The query could not be run' : 'Check the question’s inputs');
    }
    case 403:
      return view('refused', 'Refused: the console only reads the graph');
    case 404:
      return view('not-found', 'Not found');
    case 408:
      return view('timeout', 'The query took too long');
    case 422:
      return view('memory', 'The query needed too much memory');
    case 503:
      return view('unavailable', 'The graph database is unavailable');
    case 0:
      return view('unavailable', 'The server could not be reached');
    default:
      return view('other', what === 'cypher' ? 'The query failed' : 'The question could not be answered');
  }
}
