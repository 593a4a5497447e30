// Production builds side by side: the default one in .next, and separate builds in dist folders of their
// own (ROOMDESK_DIST_DIR, next.config.mjs), so several instances can run builds that were really made
// apart, as they are when every server builds for itself (README, "Several instances").
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DIST = ".next";
/** A second build made with the default build's NEXT_SERVER_ACTIONS_ENCRYPTION_KEY. */
export const SAME_KEY_DIST = ".next-builds/same-key";
/** A build made with another key: the negative control of the multi-instance tests. */
export const OTHER_KEY_DIST = ".next-builds/other-key";

export interface BuildInfo {
  distDir: string;
  buildId: string;
  /** The key the server actions were built with (Next keeps it in the server reference manifest). */
  actionsKey: string;
  builtAtMs: number;
}

/** The finished build in `distDir`, or null when there is none (or only half of one). */
export function readBuild(distDir = DEFAULT_DIST): BuildInfo | null {
  try {
    const buildId = fs.readFileSync(`${distDir}/BUILD_ID`, "utf8").trim();
    const manifest = JSON.parse(
      fs.readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8"),
    ) as { encryptionKey?: string };
    if (!manifest.encryptionKey) return null;
    const builtAtMs = fs.statSync(`${distDir}/BUILD_ID`).mtimeMs;
    return { distDir, buildId, actionsKey: manifest.encryptionKey, builtAtMs };
  } catch {
    return null;
  }
}

export interface EnsureBuildOptions {
  /** NEXT_SERVER_ACTIONS_ENCRYPTION_KEY to build with; a build made with another key is rebuilt. */
  actionsKey?: string;
  /** Rebuild when this build is newer (the sources may have changed since). */
  notOlderThan?: BuildInfo | null;
  /** Extra build environment. */
  env?: Record<string, string>;
  /** Rebuild when a source file changed after the build (newestSourceMs). */
  notOlderThanSources?: boolean;
}

/** What `next build` reads from the project: a change to any of these can change the build. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

/** The last change to a build source under `root`, in ms; tests never reach a build, so they are skipped. */
export function newestSourceMs(root = ".", sources = BUILD_SOURCES): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    } else if (!/\.test\.tsx?$/.test(file)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const source of sources) visit(path.join(root, source));
  return newest;
}

/** Builds into `distDir` unless a fitting build is there already; returns the build. */
export function ensureBuild(distDir = DEFAULT_DIST, opts: EnsureBuildOptions = {}): BuildInfo {
  const existing = readBuild(distDir);
  const fits =
    existing !== null &&
    (opts.actionsKey === undefined || existing.actionsKey === opts.actionsKey) &&
    (!opts.notOlderThan || existing.builtAtMs >= opts.notOlderThan.builtAtMs) &&
    (!opts.notOlderThanSources || existing.builtAtMs >= newestSourceMs());
  if (fits) return existing;

  console.error(`build: next build into ${distDir}…`);
  // next build rewrites next-env.d.ts to point at its own dist folder; the default build's stays in place.
  const nextEnv = fs.existsSync("next-env.d.ts") ? fs.readFileSync("next-env.d.ts", "utf8") : null;
  const r = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], {
    // Build output goes to stderr: a Playwright webServer or a benchmark keeps stdout for itself.
    stdio: ["ignore", 2, 2],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...opts.env,
      ...(distDir === DEFAULT_DIST ? {} : { ROOMDESK_DIST_DIR: distDir }),
      ...(opts.actionsKey ? { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: opts.actionsKey } : {}),
    },
  });
  if (distDir !== DEFAULT_DIST && nextEnv !== null) fs.writeFileSync("next-env.d.ts", nextEnv);
  const built = readBuild(distDir);
  if (r.status !== 0 || !built) throw new Error(`next build into ${distDir} failed`);
  return built;
}
