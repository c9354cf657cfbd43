'use client';
/**
 * The console's editor: Neo4j's CodeMirror Cypher editor (highlighting, completion from the graph's
 * labels, relationship types, property keys, the console's procedures and the parameters being set,
 * and inline syntax errors). Loaded only by the console, with next/dynamic, so no other page carries it.
 */
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { useQuery } from '@tanstack/react-query';
import { CypherEditor as CodeMirrorCypher } from '@neo4j-cypher/react-codemirror';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { schemaQuery } from '@/lib/client/data/queries';
import { NO_VOCABULARY, editorSchema, vocabularyOf } from '@/lib/client/query-page/editor-schema';

export interface CypherEditorHandle {
  focus(): void;
  /** Puts the caret at a 1-based line and column (a syntax error's place) and focuses the editor. */
  focusAt(line: number, column: number): void;
  /**
   * Replaces the selection (or inserts at the caret) with what `make` returns for the text before it,
   * leaves the caret after it and focuses the editor. False while the editor is still loading.
   */
  insert(make: (before: string) => string): boolean;
}

type EditorApi = Parameters<NonNullable<React.ComponentProps<typeof CodeMirrorCypher>['onEditorCreated']>>[0];

export interface CypherEditorProps {
  id: string;
  /** The id of the visible label that names the editor. */
  labelledBy: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl+Enter or Cmd+Enter. */
  onRun(): void;
  /** Names of the parameters being set, offered after `$`. */
  parameterNames: string[];
  describedBy?: string;
  invalid?: boolean;
  handle?: Ref<CypherEditorHandle>;
}

/** The character offset of a 1-based line and column in `text`, clamped to the text. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const row = Math.min(Math.max(line, 1), lines.length) - 1;
  let offset = 0;
  for (let i = 0; i < row; i += 1) offset += lines[i].length + 1;
  return offset + Math.min(Math.max(column - 1, 0), lines[row].length);
}

export function CypherEditor({
  id,
  labelledBy,
  value,
  onChange,
  onRun,
  parameterNames,
  describedBy,
  invalid,
  handle,
}: CypherEditorProps) {
  const editorRef = useRef<EditorApi | null>(null);
  const valueRef = useRef(value);
  valueRef.current = value;
  const runRef = useRef(onRun);
  runRef.current = onRun;

  const graphSchema = useQuery(schemaQuery()).data;
  const vocabulary = useMemo(() => (graphSchema ? vocabularyOf(graphSchema) : NO_VOCABULARY), [graphSchema]);
  // Keyed on the names, not the array's identity, so the editor is not reconfigured on every render.
  const parametersKey = parameterNames.join(',');
  const schema = useMemo(
    () => editorSchema(vocabulary, parametersKey ? parametersKey.split(',') : []),
    [vocabulary, parametersKey],
  );

  useImperativeHandle(
    handle,
    () => ({
      focus: () => editorRef.current?.focus(),
      focusAt: (line: number, column: number) => {
        editorRef.current?.setPosition(offsetOf(valueRef.current, line, column));
        editorRef.current?.focus();
      },
      insert: (make: (before: string) => string) => {
        const view = editorRef.current?.codemirror;
        if (!view) return false;
        // The selection outlives focus: a click on a button elsewhere keeps the caret where it was.
        const { from, to } = view.state.selection.main;
        const text = make(view.state.doc.sliceString(Math.max(0, from - 80), from));
        view.dispatch({
          changes: { from, to, insert: text },
          selection: { anchor: from + text.length },
          scrollIntoView: true,
          userEvent: 'input',
        });
        view.focus();
        return true;
      },
    }),
    [],
  );

  // Ctrl/Cmd+Enter runs; above CodeMirror's own Mod-Enter (a blank line) so it cannot take the key first.
  const preExtensions = useMemo(
    () => [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (runRef.current(), true) }]))],
    [],
  );
  // The text area's name and description for screen readers, and the test id, on CodeMirror's content element.
  const postExtensions = useMemo(
    () => [
      EditorView.contentAttributes.of({
        id,
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        'data-testid': 'cypher-editor',
      }),
    ],
    [id, labelledBy, describedBy, invalid],
  );

  return (
    <div className="cypher-editor" data-invalid={invalid || undefined}>
      <CodeMirrorCypher
        value={value}
        onValueChanged={(next: string) => onChange(next)}
        onEditorCreated={(editor: EditorApi) => {
          editorRef.current = editor;
        }}
        schema={schema}
        lint
        autocomplete
        // Tab leaves the editor, as it left the text area: a keyboard user is never trapped in it.
        tabKey={false}
        // The page decides when the editor takes focus (an example or history entry put back, an error's place).
        autofocus={false}
        autofocusProps={[]}
        lineWrapping
        lineNumberFormatter={(line: number) => String(line)}
        placeholder={'MATCH (a:Actor)\nRETURN a.name\nLIMIT 10'}
        theme="light"
        preExtensions={preExtensions}
        postExtensions={postExtensions}
      />
    </div>
  );
}
