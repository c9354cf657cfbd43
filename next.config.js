/** On every page and answer: no MIME sniffing, no framing, a strict referrer, no powerful features. */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image (Dockerfile) runs the standalone server.
  output: 'standalone',
  reactStrictMode: true,
  poweredByHeader: false,
  // neo4j-driver is a Node library; keep it out of the server bundle and load it from node_modules.
  serverExternalPackages: ['neo4j-driver'],
  // Lint runs once, in `npm run lint` (part of `npm test`), not again inside every build.
  eslint: { ignoreDuringBuilds: true },
  // `npm test` type-checks once (tsc) before the browser tests build the app; their build skips it.
  typescript: { ignoreBuildErrors: process.env.STANCEGRAPH_TEST_BUILD === '1' },
  // Tools and old browsers ask for /favicon.ico whatever the page links: the app's mark (app/icon.svg).
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  // The pages' policy carries a nonce per request (middleware.ts); an answer of the API runs nothing.
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

module.exports = nextConfig;
