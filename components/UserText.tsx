import type { ReactNode } from 'react';

/**
 * Text someone supplied (a name, title, quote, publisher, file name). `<bdi>` isolates it, so a bidi
 * control inside cannot reorder the text around it, while the text itself stays verbatim; `.user-text`
 * lets a long word wrap anywhere rather than widen the page.
 */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className ? `user-text ${className}` : 'user-text'}>{children}</bdi>;
}
