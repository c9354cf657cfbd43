'use client';

import { useImperativeHandle, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { offsetOf, tokenizeCypher } from '@/lib/client/cypher-highlight';

export interface CypherEditorHandle {
  focus(): void;
  /** Puts the caret at a 1-based line and column (a syntax error's place) and focuses the editor. */
  focusAt(line: number, column: number): void;
}

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl+Enter or Cmd+Enter. */
  onRun(): void;
  describedBy?: string;
  invalid?: boolean;
  ref?: Ref<CypherEditorHandle>;
}

/**
 * A plain textarea over a highlighted copy of its text. The textarea's own text is transparent; the
 * copy below shows through in colour. Both share font, padding and wrapping, and the frame grows with
 * the copy, so the textarea never scrolls on its own and the two cannot drift apart. Editing, undo,
 * selection, spell-check off and screen readers are all the browser's own.
 */
export function CypherEditor({ id, value, onChange, onRun, describedBy, invalid, ref }: Props) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const tokens = useMemo(() => tokenizeCypher(value), [value]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => textareaRef.current?.focus(),
      focusAt: (line: number, column: number) => {
        const textarea = textareaRef.current;
        if (!textarea) return;
        const offset = offsetOf(textarea.value, line, column);
        textarea.focus();
        textarea.setSelectionRange(offset, offset + 1 <= textarea.value.length ? offset + 1 : offset);
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  }

  return (
    <div className="cypher-editor" data-invalid={invalid || undefined}>
      <div className="cypher-editor__frame">
        {/* The <code> matters: HTML drops a newline that opens a <pre>, which would break hydration. */}
        <pre className="cypher-editor__highlight" aria-hidden="true">
          <code>
            {tokens.map((token, i) =>
              token.type === 'space' || token.type === 'identifier' || token.type === 'punctuation' ? (
                token.text
              ) : (
                <span key={i} className={`tok tok--${token.type}`}>
                  {token.text}
                </span>
              ),
            )}
            {/* A last empty line needs a character to have a height. */}
            {'\n '}
          </code>
        </pre>
        <textarea
          ref={textareaRef}
          id={id}
          className="cypher-editor__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          wrap="soft"
          placeholder={'MATCH (a:Actor)\nRETURN a.name\nLIMIT 10'}
          data-testid="cypher-editor"
        />
      </div>
    </div>
  );
}
