/**
 * Cross-site request forgery: a state-changing request (POST, PUT, PATCH, DELETE) that says it comes
 * from a page of another origin is refused, whatever cookie it carries. Browsers send `Origin` with
 * every such request they make for a page (fetch and forms alike), and a page cannot forge it; a
 * request without one (curl, a script) is not a browser acting for someone and is let through, to be
 * judged by its session alone. The SameSite=Lax cookie is the second layer.
 *
 * The origin's host (and port) is compared with the request's own: `X-Forwarded-Host` when a proxy
 * set it, else `Host`. Behind a proxy, pass the public host on (nginx: `proxy_set_header Host $host;`
 * or `X-Forwarded-Host`), or every write from a browser is refused. A page cannot set either header
 * on a cross-site request without the server agreeing (CORS), which this app never does.
 */

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function firstValue(header: string | null): string | null {
  const first = header?.split(',')[0].trim();
  return first ? first : null;
}

/** The host (and port, if not the scheme's default) the request was sent to. */
function requestHost(request: Request, protocol: string): string | null {
  const host = firstValue(request.headers.get('x-forwarded-host')) ?? firstValue(request.headers.get('host'));
  try {
    // Through URL, so that `example.org:443` and `example.org` compare equal for https.
    return new URL(`${protocol}//${host ?? new URL(request.url).host}`).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Why the request is refused as cross-origin, or null when it may go on. */
export function crossOriginProblem(request: Request): string | null {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  const refusal =
    'This request came from a page of another site; changes are only accepted from this site’s own pages.';
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" (a sandboxed frame, a file) or anything else that is not an origin.
    return refusal;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refusal;
  return url.host.toLowerCase() === requestHost(request, url.protocol) ? null : refusal;
}
