/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build beside the default one (the multi-instance tests and bench:load build twice).
  distDir: process.env.ROOMDESK_DIST_DIR || ".next",
  // A parent folder's lockfile must not move Turbopack's root.
  turbopack: { root: import.meta.dirname },
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  experimental: {
    // unauthorized()/forbidden(): the auth guard refuses actions and route handlers with real 401/403s.
    authInterrupts: true,
    // Meeting forms are small; a large body is an attack, not a meeting.
    serverActions: { bodySizeLimit: "100kb" },
  },
};
export default nextConfig;
