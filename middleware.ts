/**
 * The pages' Content-Security-Policy, whose scripts need this request's nonce ('strict-dynamic'
 * lets the scripts Next.js loads run; no inline script without the nonce). Next.js reads the nonce
 * from the request's CSP header and puts it on its own scripts, which is why every page is rendered
 * per request (app/layout.tsx). The headers that are the same on every answer, and the API's policy
 * (no nonce: JSON runs nothing), are set in next.config.js, without running this per request.
 */
import { NextResponse, type NextRequest } from 'next/server';

function policy(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Styles set from code (Cytoscape's container, CodeMirror) are inline; they run no code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function middleware(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = policy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // The pages: not the API's answers, nor Next's own static files, which carry no script to guard.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
