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
};

module.exports = nextConfig;
