/** Shown while the server prepares the query page: its frame with placeholders. */
export default function QueryLoading() {
  return (
    <div className="explorer query-page explorer--loading" aria-busy="true">
      <header className="topbar">
        <span className="brand">Stancegraph</span>
      </header>
      <div className="workspace">
        <aside className="sidebar query-sidebar" aria-label="Ask">
          <div className="skeleton-stack">
            <span className="skeleton skeleton--title" />
            <span className="skeleton skeleton--line" />
            <span className="skeleton skeleton--block" />
            <span className="skeleton skeleton--line skeleton--short" />
          </div>
        </aside>
        <main className="main" id="main">
          <div className="graph-area answer__graph">
            <div className="graph-overlay" role="status">
              <span className="spinner" aria-hidden="true" /> Loading the query page…
            </div>
          </div>
        </main>
      </div>
    </div>
  );
}
