// bench:pages — every page's first-load JS (gzipped) against a floor measured in the same run: a bare Next
// app of the same versions whose one page uses the same libraries the same way (scripts/lib/page-floor.ts).
// The floor is what any page of this stack costs; the ratio is what Roomdesk's own code adds. /schedule
// must stay within SCHEDULE_BUDGET of it; the run exits 1 when it does not.
import fs from "node:fs";
import { ensureBuild } from "./lib/builds";
import { appPages, firstLoadJs } from "./lib/first-load-js.mjs";
import { buildFloor } from "./lib/page-floor";

const SCHEDULE_BUDGET = 1.15;
const SCHEDULE_PAGE = "/schedule";

// Read from the files: not every package exports its package.json.
const version = (name: string) =>
  (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const kib = (bytes: number) => (bytes / 1024).toFixed(2);

const floorBuild = buildFloor();
let floor;
try {
  floor = firstLoadJs("", floorBuild.distDir);
} finally {
  floorBuild.remove();
}
const product = ensureBuild(undefined, { notOlderThanSources: true });

console.log(
  `floor: next ${version("next")}, react ${version("react")}, react-hook-form ${version("react-hook-form")}, ` +
    `zod ${version("zod")}, @tanstack/react-query ${version("@tanstack/react-query")}, ` +
    `next-intl ${version("next-intl")}: ${kib(floor.gzipBytes)} KiB gzipped in ${floor.chunks} chunks`,
);
const pages = appPages(product.distDir).map((page) => ({
  ...page,
  ...firstLoadJs(page.key, product.distDir),
}));
for (const page of pages) {
  console.log(
    `page ${page.name} kib=${kib(page.gzipBytes)} ratio=${(page.gzipBytes / floor.gzipBytes).toFixed(2)} ` +
      `chunks=${page.chunks} raw_kib=${kib(page.rawBytes)}`,
  );
}
const schedule = pages.find((page) => page.name === SCHEDULE_PAGE);
if (!schedule) throw new Error(`the build has no ${SCHEDULE_PAGE} page`);
const heaviest = pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
const ratio = schedule.gzipBytes / floor.gzipBytes;
console.log(
  `bench:pages floor_kib=${kib(floor.gzipBytes)} schedule_kib=${kib(schedule.gzipBytes)} ` +
    `schedule_ratio=${ratio.toFixed(2)} max_page=${heaviest.name} max_kib=${kib(heaviest.gzipBytes)}`,
);
process.exit(ratio <= SCHEDULE_BUDGET ? 0 : 1);
