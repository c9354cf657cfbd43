/**
 * A small Cypher tokenizer for the console's highlighter: enough to colour keywords, strings,
 * comments, numbers, parameters, labels and functions, not a parser. Its tokens always add up to
 * the text given, character for character (the highlighter lies under the textarea and must match it),
 * and unterminated strings or comments run to the end rather than throwing: the person is still typing.
 */

export type TokenType =
  | 'keyword'
  | 'string'
  | 'comment'
  | 'number'
  | 'param'
  | 'label'
  | 'function'
  | 'identifier'
  | 'punctuation'
  | 'space';

export interface Token {
  type: TokenType;
  text: string;
}

/** Clauses, operators and literals of Cypher 5, upper-case. */
export const CYPHER_KEYWORDS: ReadonlySet<string> = new Set(
  [
    'MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'ORDER', 'BY', 'SKIP', 'LIMIT', 'ASC',
    'ASCENDING', 'DESC', 'DESCENDING', 'DISTINCT', 'AS', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'IS', 'NULL',
    'TRUE', 'FALSE', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'CALL', 'YIELD', 'UNION', 'ALL', 'EXISTS',
    'STARTS', 'ENDS', 'CONTAINS', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'ON',
    'LOAD', 'CSV', 'FROM', 'HEADERS', 'USE', 'EXPLAIN', 'PROFILE', 'SHOW', 'DROP', 'INDEX', 'CONSTRAINT',
    'TRANSACTIONS', 'OF', 'ROWS', 'FINISH', 'FILTER', 'LET', 'ANY', 'NONE', 'SINGLE', 'COUNT',
  ],
);

const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

function readQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(text.length, i + 1);
}

function readBacktick(text: string, start: number): number {
  let i = start + 1;
  // A doubled backtick is an escaped backtick inside the name.
  while (i < text.length) {
    if (text[i] === '`') {
      if (text[i + 1] === '`') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

function readWord(text: string, start: number): number {
  let i = start;
  while (i < text.length && WORD_PART.test(text[i])) i += 1;
  return i;
}

function readNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    i += 2;
    while (i < text.length && /[0-9a-fA-F_]/.test(text[i])) i += 1;
    return i;
  }
  while (i < text.length && /[0-9_]/.test(text[i])) i += 1;
  // "1..3" is a range in a pattern, not a decimal point.
  if (text[i] === '.' && DIGIT.test(text[i + 1] ?? '')) {
    i += 1;
    while (i < text.length && /[0-9_]/.test(text[i])) i += 1;
  }
  if ((text[i] === 'e' || text[i] === 'E') && /[0-9+-]/.test(text[i + 1] ?? '')) {
    i += 2;
    while (i < text.length && DIGIT.test(text[i])) i += 1;
  }
  return i;
}

function nextNonSpace(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i += 1;
  return text[i];
}

/** The previous token that is not white space or a comment. */
function previousCode(tokens: Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    if (tokens[i].type !== 'space' && tokens[i].type !== 'comment') return tokens[i];
  }
  return undefined;
}

export function tokenizeCypher(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (type: TokenType, start: number, end: number) => {
    const last = tokens[tokens.length - 1];
    // Runs of punctuation or space merge, which keeps the highlighter's DOM small.
    if (last && last.type === type && (type === 'space' || type === 'punctuation')) last.text += text.slice(start, end);
    else tokens.push({ type, text: text.slice(start, end) });
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    let end: number;
    if (/\s/.test(c)) {
      end = i + 1;
      while (end < text.length && /\s/.test(text[end])) end += 1;
      push('space', i, end);
    } else if (c === '/' && next === '/') {
      end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      push('comment', i, end);
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      end = close < 0 ? text.length : close + 2;
      push('comment', i, end);
    } else if (c === "'" || c === '"') {
      end = readQuoted(text, i, c);
      push('string', i, end);
    } else if (c === '$' && next !== undefined && (WORD_START.test(next) || DIGIT.test(next) || next === '`')) {
      end = next === '`' ? readBacktick(text, i + 1) : readWord(text, i + 1);
      push('param', i, end);
    } else if (DIGIT.test(c)) {
      end = readNumber(text, i);
      push('number', i, end);
    } else if (WORD_START.test(c) || c === '`') {
      end = c === '`' ? readBacktick(text, i) : readWord(text, i);
      const word = text.slice(i, end);
      const before = previousCode(tokens);
      // ":Actor", "|LEADS" after a type, "-[:TOOK_STANCE]": labels and relationship types.
      const afterColon = before?.type === 'punctuation' && before.text.endsWith(':');
      const afterBar = before?.type === 'punctuation' && before.text.endsWith('|') && previousLabel(tokens);
      const afterDot = before?.type === 'punctuation' && before.text.endsWith('.');
      let type: TokenType;
      if (afterColon || afterBar) type = 'label';
      else if (c !== '`' && !afterDot && CYPHER_KEYWORDS.has(word.toUpperCase()) && !isFunctionCall(text, end, word)) type = 'keyword';
      else if (c !== '`' && nextNonSpace(text, end) === '(') type = 'function';
      else type = 'identifier';
      push(type, i, end);
    } else {
      push('punctuation', i, i + 1);
      end = i + 1;
    }
    i = end;
  }
  return tokens;
}

/** A keyword that is called like a function (count(*), exists(...)) reads better as a function. */
function isFunctionCall(text: string, end: number, word: string): boolean {
  return ['COUNT', 'EXISTS', 'ANY', 'ALL', 'NONE', 'SINGLE'].includes(word.toUpperCase()) && text[end] === '(';
}

/** Whether the token before the last punctuation run was a label, so "|B" in ":A|B" is one too. */
function previousLabel(tokens: Token[]): boolean {
  let seenPunctuation = false;
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const t = tokens[i];
    if (t.type === 'space' || t.type === 'comment') continue;
    if (t.type === 'punctuation' && !seenPunctuation) {
      seenPunctuation = true;
      continue;
    }
    return t.type === 'label';
  }
  return false;
}

/** The 0-based offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const row = Math.min(Math.max(line, 1), lines.length) - 1;
  let offset = 0;
  for (let i = 0; i < row; i += 1) offset += lines[i].length + 1;
  return offset + Math.min(Math.max(column - 1, 0), lines[row].length);
}
