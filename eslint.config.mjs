import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  globalIgnores([
    ".next/**",
    ".next-builds/**",
    "node_modules/**",
    "data/**",
    "reports/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
]);
