import type { ReactNode } from 'react';
import { UserText } from '@/components/UserText';
import { sourceLink } from '@/lib/client/citation';
import { safeHref } from '@/lib/client/user-text';
import type { Evidence, SourceRef } from '@/lib/types';

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
