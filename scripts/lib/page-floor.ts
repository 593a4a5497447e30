// The floor bench:pages measures Roomdesk's pages against: scripts/page-weight-floor, a bare Next app with
// one page using the libraries Roomdesk's pages use, built in a temporary directory on the project's own
// node_modules (so the same Next, React and library versions), never part of the product's build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const FLOOR_SOURCE = "scripts/page-weight-floor";

/** The deepest folder holding both paths: Turbopack's root must contain the app and the real node_modules. */
export function commonAncestor(a: string, b: string): string {
  const partsA = path.resolve(a).split(path.sep);
  const partsB = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < partsA.length && i < partsB.length && partsA[i] === partsB[i]) i++;
  return partsA.slice(0, i).join(path.sep) || path.sep;
}

export interface FloorBuild {
  /** The floor app's dist folder. */
  distDir: string;
  /** Deletes the temporary app and its build. */
  remove(): void;
}

/** Copies the floor app to a temporary directory and runs `next build` there. */
export function buildFloor(): FloorBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-page-floor-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.cpSync(FLOOR_SOURCE, dir, { recursive: true });
    const modules = path.resolve("node_modules");
    fs.symlinkSync(modules, path.join(dir, "node_modules"), "dir");
    console.error(`build: next build of the floor app in ${dir}…`);
    const r = spawnSync("node", [path.join(modules, "next/dist/bin/next"), "build"], {
      cwd: dir,
      stdio: ["ignore", 2, 2],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        // Read by the floor's next.config.mjs; a symlink leading out of Turbopack's root does not resolve.
        PAGE_WEIGHT_ROOT: commonAncestor(dir, fs.realpathSync(modules)),
      },
    });
    if (r.status !== 0) throw new Error("next build of the floor app failed");
    return { distDir: path.join(dir, ".next"), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
