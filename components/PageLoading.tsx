/**
 * Shown while the server prepares a page other than the explorer and the query page (which have
 * their own frames): the top bar, a few placeholder lines, and the name of the page that is coming.
 */
export function PageLoading({ page }: { page: string }) {
  return (
    <div className="page-loading" aria-busy="true">
      <header className="topbar">
        <span className="brand">Stancegraph</span>
      </header>
      <main className="main" id="main">
        <p className="page-loading__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading {page}…
        </p>
        <div className="skeleton-stack">
          <span className="skeleton skeleton--title" />
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--block" />
        </div>
      </main>
    </div>
  );
}
