import type { ReactNode } from 'react';
import { UserText } from '@/components/UserText';
import { formatPartialDate } from '@/lib/client/format';
import { sourceLink } from '@/lib/client/citation';
import { safeHref } from '@/lib/client/user-text';
import type { Evidence, SourceRef } from '@/lib/types';
import { CopyCitation } from './CopyCitation';

/**
 * The words of a piece of evidence, set as what they are: the actor's own words as a quotation, the
 * source's account of what they said labelled "Reported:" and never in quotation marks, so that
 * nobody reads (or cites) a reporter's sentence as the actor's words.
 */
export function EvidenceWords({ evidence, className }: { evidence: Evidence; className?: string }) {
  const classes = `evidence__words evidence__words--${evidence.kind}${className ? ` ${className}` : ''}`;
  if (evidence.kind === 'direct') {
    return (
      <blockquote className={classes} cite={safeHref(evidence.source.url) ?? undefined}>
        “<UserText>{evidence.quote}</UserText>”
      </blockquote>
    );
  }
  return (
    <p className={classes}>
      <span className="evidence__kind">Reported:</span> <UserText>{evidence.quote}</UserText>
    </p>
  );
}

/** A source's link, shown as its address; or, where there is none, a note saying so. */
export function SourceLink({ source, children }: { source: Pick<SourceRef, 'url'>; children?: ReactNode }) {
  const link = sourceLink(source);
  if ('missing' in link) return <span className="source-link source-link--missing">{link.missing}</span>;
  return (
    <a className="source-link" href={link.href} target="_blank" rel="noreferrer noopener">
      {children ?? <UserText>{link.href}</UserText>}
    </a>
  );
}

/** A source's title, a link only when its URL is on the web (a data: or javascript: URL is never followed). */
export function SourceTitle({ source }: { source: SourceRef }) {
  const href = safeHref(source.url);
  const title = <UserText>{source.title}</UserText>;
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {title}
    </a>
  ) : (
    title
  );
}

function SourceLine({ evidence }: { evidence: Evidence }) {
  const { source } = evidence;
  const date = formatPartialDate(source.date);
  return (
    <figcaption>
      <cite>
        <SourceTitle source={source} />
      </cite>
      <span className="evidence__meta">
        {source.publisher && <UserText>{source.publisher}</UserText>}
        {source.publisher && date && ' · '}
        {date && <time dateTime={source.date ?? undefined}>{date}</time>}
      </span>
      <span className="evidence__meta">
        <SourceLink source={source} />
      </span>
    </figcaption>
  );
}

/**
 * One piece of evidence: its words, set as what they are (EvidenceWords), its source, and a way to
 * cite it. `who` is whom the citation names (the actor, or the relation in words); `wholeIn` says
 * where a quote the graph answer shortened can be read whole (and cited: a shortened one is not).
 */
export function EvidenceQuote({ evidence, who, wholeIn }: { evidence: Evidence; who: string; wholeIn?: ReactNode }) {
  return (
    <figure className={`evidence evidence--${evidence.kind}`} data-testid="evidence" data-kind={evidence.kind}>
      <EvidenceWords evidence={evidence} />
      {evidence.truncated && (
        <p className="evidence__note" data-testid="quote-shortened">
          Shortened; {wholeIn ?? 'the actor’s panel'} has the whole quote.
        </p>
      )}
      <SourceLine evidence={evidence} />
      {!evidence.truncated && <CopyCitation who={who} evidence={evidence} />}
    </figure>
  );
}
