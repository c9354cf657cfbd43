import Link from 'next/link';
import { SessionStatus } from '@/components/auth/SessionStatus';

const PAGES = [
  { id: 'explorer', href: '/', label: 'Explorer' },
  { id: 'query', href: '/query', label: 'Query' },
  { id: 'import', href: '/import', label: 'Import' },
  { id: 'ingest', href: '/ingest', label: 'From an article' },
  { id: 'changes', href: '/changes', label: 'Changes' },
] as const;

/** The app's mark: three actors, two of them tied to the third. */
export function BrandMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <circle cx="5" cy="6" r="3" fill="#0072B2" />
      <circle cx="5" cy="16" r="3" fill="#E69F00" />
      <circle cx="17" cy="11" r="3.5" fill="#D55E00" />
      <path d="M7.5 7.2L14 10M7.5 14.8L14 12" stroke="#1F2937" strokeWidth="1.4" />
    </svg>
  );
}

type PageId = (typeof PAGES)[number]['id'];

/** The top bar of a page that has nothing of its own there: the mark (to the explorer) and the page links. */
export function SiteHeader({ current }: { current?: PageId }) {
  return (
    <header className="topbar">
      <Link className="brand" href="/" aria-label="Stancegraph, the explorer">
        <BrandMark />
        Stancegraph
      </Link>
      <SiteNav current={current} />
    </header>
  );
}

/** The links between the app's pages, in each page's top bar, and who is signed in. */
export function SiteNav({ current }: { current?: PageId }) {
  return (
    <nav className="site-nav" aria-label="Pages">
      <ul>
        {PAGES.map((page) => (
          <li key={page.id}>
            <Link href={page.href} aria-current={page.id === current ? 'page' : undefined} className="site-nav__link">
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
      <SessionStatus />
    </nav>
  );
}
