import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers of docs/architecture.md, held by the linter. Each entry: the files it covers, and the imports
 * they may never make (aliased or relative). tests/architecture/boundaries.test.ts lints a fixture that
 * crosses each one and expects it to fail.
 */
const forbid = (from, message) => ({ group: from, message });
const SERVER = ["@/lib/server", "@/lib/server/**", "**/lib/server", "**/lib/server/**"];
const BOUNDARIES = [
  {
    // What the browser loads, and the schemas it shares with the server.
    files: ["components/**", "lib/schemas/**"],
    patterns: [
      forbid(
        SERVER,
        "The browser never loads server code: put the type beside its feature (lib/<feature>/types.ts).",
      ),
      forbid(
        ["@/lib/sandbox", "@/lib/sandbox/**", "**/lib/sandbox", "**/lib/sandbox/**"],
        "The sandbox is Tencent's stand-in, not part of the product.",
      ),
    ],
  },
  {
    files: ["lib/server/**"],
    // Tests are the harness: they start the sandbox and call actions around the services.
    ignores: ["**/*.test.ts"],
    patterns: [
      forbid(
        [
          "@/lib/actions",
          "@/lib/actions/**",
          "**/lib/actions",
          "**/lib/actions/**",
          "../actions/**",
          "../../actions/**",
        ],
        "Services return outcomes; lib/actions turns them into what a form shows, never the other way round.",
      ),
      forbid(
        [
          "@/lib/sandbox",
          "@/lib/sandbox/**",
          "**/lib/sandbox",
          "**/lib/sandbox/**",
          "../sandbox/**",
          "../../sandbox/**",
        ],
        "The product reaches the sandbox only over HTTP, as it would reach Tencent.",
      ),
    ],
  },
  {
    // Tencent's stand-in knows Tencent's facts (lib/trtc) and nothing of Roomdesk.
    files: ["lib/sandbox/**"],
    ignores: ["**/*.test.ts"],
    patterns: [
      {
        // Aliased: lib/trtc only. Relative: up one level (lib/) into trtc/ only.
        regex: "^(@/(?!lib/trtc/)|\\.\\./(?!trtc/)|\\.\\./\\.\\./)",
        message: "The sandbox imports no product code: only lib/trtc, Tencent's facts.",
      },
    ],
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Configuration is read in one place; everything else receives it typed.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/server/config.ts", "lib/sandbox/main.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/server/config.ts.",
        },
      ],
    },
  },
  ...BOUNDARIES.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { "no-restricted-imports": ["error", { patterns }] },
  })),
  globalIgnores([
    ".next/**",
    ".next-builds/**",
    "node_modules/**",
    "data/**",
    "reports/**",
    "test-results/**",
    "next-env.d.ts",
    // Linted by tests/architecture/boundaries.test.ts as if they lived elsewhere; each breaks a rule on purpose.
    "tests/architecture/boundary-fixtures/**",
  ]),
]);
