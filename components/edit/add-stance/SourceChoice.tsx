'use client';

import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { QuoteKind } from '@/lib/domain';
import type { SourceDraft } from '@/lib/client/add-stance';
import { errorMessage } from '@/lib/client/data/api';
import { eventSourcesQuery, sourceQuery } from '@/lib/client/data/edits';
import { formatPartialDate } from '@/lib/client/format';
import type { QuoteChoice } from '@/lib/client/quote-selection';
import { LIMITS } from '@/lib/model/limits';
import type { SourceRecord } from '@/lib/types';
import { UserText } from '@/components/UserText';
import { DATE_HINT } from '../EventEditForm';
import { EditSection, RadioGroup, TextField } from '../fields';
import { QuotePicker } from './QuotePicker';

const MODES = [
  { value: 'stored', label: 'A stored source' },
  { value: 'new', label: 'Paste a new article' },
] as const;

export const NEW_SOURCE: SourceDraft = { mode: 'new', title: '', publisher: '', url: '', date: '', text: '' };

interface QuoteProps {
  choice: QuoteChoice | null;
  onChoice(choice: QuoteChoice | null): void;
  quoteKind: QuoteKind;
  onQuoteKind(kind: QuoteKind): void;
}

function sourceLine(source: SourceRecord): string {
  return [source.publisher, formatPartialDate(source.date)].filter(Boolean).join(', ');
}

/** What stands for a query's data until they come: that they load, or why they could not. */
function Unloaded({ query, what }: { query: UseQueryResult; what: string }) {
  return query.isError ? (
    <p className="notice notice--error" role="alert">
      Could not load {what}: {errorMessage(query.error)}
    </p>
  ) : (
    <p className="muted">Loading {what}…</p>
  );
}

/** The stored sources about the event, newest first, to choose one. */
function StoredSources({
  eventId,
  chosen,
  onChoose,
}: {
  eventId: string;
  chosen: string | null;
  onChoose(id: string): void;
}) {
  const sources = useQuery(eventSourcesQuery(eventId));
  if (!sources.isSuccess) return <Unloaded query={sources} what="the event’s sources" />;
  const list = sources.data.sources;
  if (list.length === 0) return <p className="muted">No source about this event is stored yet: paste the article.</p>;
  return (
    <RadioGroup
      legend="Source"
      name="source"
      value={chosen}
      onChange={onChoose}
      options={list.map((source) => ({
        value: source.id,
        label: <UserText>{source.title}</UserText>,
        hint: sourceLine(source) ? <UserText>{sourceLine(source)}</UserText> : undefined,
      }))}
    />
  );
}

/** The chosen stored source's text, read whole, with the quote picker over it. */
function StoredText({ id, ...quote }: { id: string } & QuoteProps) {
  const source = useQuery(sourceQuery(id));
  if (!source.isSuccess) return <Unloaded query={source} what="the source’s text" />;
  if (source.data.text === null)
    return (
      <p className="notice">
        This source has no stored text, so no quote can be checked against it. Paste the article as a new source.
      </p>
    );
  return <QuotePicker text={source.data.text} {...quote} />;
}

/**
 * Where the words come from: a stored source about the event (its text loaded to choose from) or a
 * pasted article, stored when the stance is saved. The quote is then selected in that text.
 */
export function SourceChoice({
  eventId,
  value,
  onChange,
  ...quote
}: {
  /** The chosen stored event; null while the event is a new one (it has no sources yet). */
  eventId: string | null;
  /** A stored source not chosen yet: { mode: 'stored', id: '' }. */
  value: SourceDraft;
  onChange(value: SourceDraft): void;
} & QuoteProps) {
  return (
    <EditSection title="Source and quote" testId="source-choice">
      {eventId !== null && (
        <RadioGroup
          legend="From"
          name="source-mode"
          value={value.mode}
          options={MODES}
          inline
          onChange={(mode) => onChange(mode === 'new' ? NEW_SOURCE : { mode: 'stored', id: '' })}
        />
      )}
      {value.mode === 'stored' ? (
        <>
          {eventId !== null && (
            <StoredSources
              eventId={eventId}
              chosen={value.id || null}
              onChoose={(id) => onChange({ mode: 'stored', id })}
            />
          )}
          {value.id && <StoredText key={value.id} id={value.id} {...quote} />}
        </>
      ) : (
        <>
          <TextField
            label="Title"
            name="source-title"
            value={value.title}
            onChange={(title) => onChange({ ...value, title })}
            required
            maxLength={LIMITS.title}
          />
          <div className="edit-row">
            <TextField
              label="Publisher"
              name="source-publisher"
              value={value.publisher}
              onChange={(publisher) => onChange({ ...value, publisher })}
              maxLength={LIMITS.name}
            />
            <TextField
              label="Date"
              name="source-date"
              value={value.date}
              onChange={(date) => onChange({ ...value, date })}
              maxLength={10}
              hint={DATE_HINT}
            />
          </div>
          <TextField
            label="Link"
            name="source-url"
            type="url"
            value={value.url}
            onChange={(url) => onChange({ ...value, url })}
            maxLength={LIMITS.url}
            placeholder="https://…"
          />
          <TextField
            label="The article’s text"
            note="required: paste it whole"
            name="source-text"
            value={value.text}
            onChange={(text) => onChange({ ...value, text })}
            required
            multiline
            rows={6}
            maxLength={LIMITS.sourceText}
          />
          {value.text.trim() ? (
            <QuotePicker text={value.text} {...quote} />
          ) : (
            <p className="muted">Paste the article’s text to choose the quote from it.</p>
          )}
        </>
      )}
    </EditSection>
  );
}
