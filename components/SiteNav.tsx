import Link from 'next/link';

const PAGES = [
  { id: 'explorer', href: '/', label: 'Explorer' },
  { id: 'query', href: '/query', label: 'Query' },
] as const;

/** The links between the app's pages, in each page's top bar. */
export function SiteNav({ current }: { current: (typeof PAGES)[number]['id'] }) {
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
    </nav>
  );
}
