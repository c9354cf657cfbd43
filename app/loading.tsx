/** Shown while the server prepares the page: the explorer's frame with placeholders, not a blank screen. */
export default function ExplorerLoading() {
  return (
    <div className="explorer explorer--loading" aria-busy="true">
      <header className="topbar">
        <span className="brand">Stancegraph</span>
      </header>
      <div className="workspace workspace--explorer">
        <main className="main explorer-main" id="main">
          <div className="explorer-intro">
            <div className="skeleton-stack">
              <span className="skeleton skeleton--line skeleton--short" />
              <span className="skeleton skeleton--title" />
              <span className="skeleton skeleton--line" />
              <span className="skeleton skeleton--block" />
            </div>
          </div>
          <div className="graph-area">
            <div className="graph-overlay" role="status">
              <span className="spinner" aria-hidden="true" /> Loading the explorer…
            </div>
          </div>
        </main>
      </div>
    </div>
  );
}
