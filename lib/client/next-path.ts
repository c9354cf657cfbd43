/**
 * Where the sign-in page sends a person back to: a path of this site only. "//evil.example" and
 * "/\\evil.example" are read by browsers as other hosts, so anything but a plain local path is "/".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters (a tab or newline is dropped by URL parsing, turning "/\t/x" into "//x").
  if (/[\u0000-\u001F\u007F]/.test(next)) return '/';
  return next;
}

/** The sign-in page's address, coming back to `path` afterwards. */
export function signInHref(path: string): string {
  // "/" may stand unescaped in a query: /signin?next=/import reads better.
  return path === '/' ? '/signin' : `/signin?next=${encodeURIComponent(path).replace(/%2F/g, '/')}`;
}
