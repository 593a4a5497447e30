import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_LIMITS } from "./lib/http/action-limits.mjs";

// next-intl without i18n routing: lib/i18n/request.ts picks the viewer's locale per request.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build beside the default one (the multi-instance tests and bench:load build twice).
  distDir: process.env.ROOMDESK_DIST_DIR || ".next",
  // A parent folder's lockfile must not move Turbopack's root.
  turbopack: { root: import.meta.dirname },
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  // npm run quickstart leaves the type check to the test command, which runs tsc itself.
  typescript: { ignoreBuildErrors: process.env.ROOMDESK_BUILD_SKIP_TYPECHECK === "1" },
  // server.mjs compresses, except server actions' answers (lib/http/compress.mjs).
  compress: false,
  experimental: {
    // unauthorized()/forbidden(): the auth guard refuses actions and route handlers with real 401/403s.
    authInterrupts: true,
    // proxy.ts refuses larger bodies with 413 first; this stays as the framework's own backstop.
    serverActions: { bodySizeLimit: ACTION_LIMITS.bodyBytes },
  },
};
export default withNextIntl(nextConfig);
