'use client';

import { useEffect, useId, useRef } from 'react';
import type { QuoteKind } from '@/lib/domain';
import { looksQuoted, quoteFromSelection, shownText, type QuoteChoice } from '@/lib/client/quote-selection';
import { LIMITS } from '@/lib/model/limits';
import { UserText } from '@/components/UserText';
import { RadioGroup } from '../fields';

// Reported first: it is the kind that claims least, and the default (lib/domain.ts DEFAULT_QUOTE_KIND).
const KIND_OPTIONS: { value: QuoteKind; label: string; hint: string }[] = [
  {
    value: 'reported',
    label: 'Reported',
    hint: 'The source’s account of what the actor said or did. Shown labelled “Reported:”, never as their words.',
  },
  {
    value: 'direct',
    label: 'Own words',
    hint: 'The actor’s own words, in quotation marks in the source and attributed to them. Shown as a quotation.',
  },
];

interface Props {
  /** The source's text as stored (or as pasted, before it is stored). */
  text: string;
  choice: QuoteChoice | null;
  onChoice(choice: QuoteChoice | null): void;
  quoteKind: QuoteKind;
  onQuoteKind(kind: QuoteKind): void;
}

/**
 * The quote is chosen by selecting it in the source's text, so it is verbatim by construction. The
 * text is a textarea that refuses every edit: a mouse drag and shift+arrow keys select alike, and its
 * selection offsets are exact (lib/client/quote-selection.ts maps them onto the stored text). Not
 * `readonly`: Chromium moves no caret in a read-only textarea, so the keyboard could not select.
 */
export function QuotePicker({ text, choice, onChoice, quoteKind, onQuoteKind }: Props) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);

  // Native beforeinput (React's onBeforeInput misses deletions): typing, deleting, pasting all stop here;
  // the controlled value puts back anything that gets through.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const refuse = (event: Event) => event.preventDefault();
    const kinds = ['beforeinput', 'paste', 'cut', 'drop'];
    for (const kind of kinds) el.addEventListener(kind, refuse);
    return () => {
      for (const kind of kinds) el.removeEventListener(kind, refuse);
    };
  }, []);

  /** Takes the textarea's selection as the quote; a collapsed one (a click) keeps the last choice. */
  const take = () => {
    const el = area.current;
    if (!el) return;
    const picked = quoteFromSelection(text, el.selectionStart, el.selectionEnd);
    if (picked && (picked.start !== choice?.start || picked.end !== choice?.end)) onChoice(picked);
  };
  const tooLong = choice !== null && choice.quote.length > LIMITS.quote;

  return (
    <div className="quote-picker" data-testid="quote-picker">
      <label className="field-label" htmlFor={`${id}-text`}>
        Select the quote in the source’s text
      </label>
      <p id={`${id}-help`} className="edit-field__hint">
        Drag over the words, or move into the text and hold Shift with the arrow keys. The selection becomes the quote,
        exactly as the source has it.
      </p>
      <textarea
        id={`${id}-text`}
        ref={area}
        className="edit-input quote-picker__text"
        aria-readonly="true"
        // No on-screen keyboard on a phone: there is nothing to type here.
        inputMode="none"
        spellCheck={false}
        value={shownText(text)}
        onChange={() => {}}
        rows={12}
        aria-describedby={`${id}-help ${id}-chosen`}
        onSelect={take}
        onMouseUp={take}
        onKeyUp={take}
        data-testid="source-text"
      />
      <div className="quote-picker__bar">
        <button type="button" className="button button--secondary" onClick={take}>
          Use selection
        </button>
        {choice && (
          <button type="button" className="button button--ghost" onClick={() => onChoice(null)}>
            Clear quote
          </button>
        )}
      </div>
      <div id={`${id}-chosen`} className="quote-picker__chosen" aria-live="polite" data-testid="chosen-quote">
        {choice ? (
          <>
            <p className="field-label">Quote ({choice.quote.length.toLocaleString('en')} characters)</p>
            <p className={`evidence__words evidence__words--${quoteKind}`}>
              {quoteKind === 'reported' && <span className="evidence__kind">Reported: </span>}
              {quoteKind === 'direct' ? '“' : ''}
              <UserText>{choice.quote}</UserText>
              {quoteKind === 'direct' ? '”' : ''}
            </p>
            {tooLong && (
              <p className="field-error">
                A quote holds at most {LIMITS.quote.toLocaleString('en')} characters: select fewer words.
              </p>
            )}
          </>
        ) : (
          <p className="muted">No quote chosen yet.</p>
        )}
      </div>
      {choice && looksQuoted(text, choice) && quoteKind === 'reported' && (
        <p className="edit-field__hint" data-testid="quoted-hint">
          These words stand in quotation marks in the source. If they are the actor’s own, choose “Own words”.
        </p>
      )}
      <RadioGroup
        legend="Whose words"
        name="quote-kind"
        value={quoteKind}
        options={KIND_OPTIONS}
        onChange={onQuoteKind}
      />
    </div>
  );
}
