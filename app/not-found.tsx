import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page-message">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. The explorer lives on the home page, and every view there has its own link.
      </p>
      <div className="page-message__actions">
        <Link className="button" href="/">
          Open the explorer
        </Link>
      </div>
    </div>
  );
}
