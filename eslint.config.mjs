// The house rules a reviewer should not have to repeat (/work/shared/conventions.md, points 2, 3, 13 and 14).
// Formatting is Prettier's job (npm run format); nothing here is about style.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

// Tests, the simulator, scripts and the end-to-end suite may reach into sim/; the product may not.
const TESTS_AND_TOOLS = ["**/*.test.ts", "**/*.test.tsx"];

const noSim = {
  group: ["@/sim", "@/sim/*", "**/sim", "**/sim/*"],
  message: "sim/ is the simulated AWS for tests and the demo; the product talks to it only over HTTP.",
};
const noApp = {
  group: ["@/app", "@/app/*", "**/app", "**/app/*"],
  message: "app/ holds routes; shared code lives in components/ or lib/ and must not depend on a route.",
};

// process.env is read in lib/env.ts only, parsed once and validated. Next's build-time constants stay literal:
// Next inlines process.env.NODE_ENV, NEXT_RUNTIME and NEXT_PHASE at build, which drops the Node-only branches.
const BUILD_TIME = "/^(NODE_ENV|NEXT_RUNTIME|NEXT_PHASE)$/";
const envMessage = "Read settings through env() from lib/env.ts, the one module that parses process.env.";

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".cli/**",
    ".cli-build-*/**",
    ".node/**",
    ".bench/**",
    "data/**",
    "lib/db/generated/**",
    "test/fixtures/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    // A control character in a pattern is almost always a typo; where it is meant, a disable comment says so.
    rules: { "no-control-regex": "error" },
  },
  {
    // Type-aware: every TypeScript file the tsconfig covers (.mts files are outside it; see below).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["**/*.mts"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["app/**"],
    ignores: TESTS_AND_TOOLS,
    rules: { "no-restricted-imports": ["error", { patterns: [noSim] }] },
  },
  {
    files: ["components/**", "lib/**"],
    ignores: TESTS_AND_TOOLS,
    rules: { "no-restricted-imports": ["error", { patterns: [noSim, noApp] }] },
  },
  {
    // Exempt: lib/env.ts itself; scripts/, bin/ and config files, which run before or around the server and set
    // its environment; sim/, test/, e2e/ and tests, which stand up processes and fake settings.
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: ["lib/env.ts", "scripts/**", "bin/**", "sim/**", "test/**", "e2e/**", ...TESTS_AND_TOOLS, "*.config.{ts,mts,js,mjs}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[property.name=${BUILD_TIME}] > MemberExpression.object)`,
          message: envMessage,
        },
        {
          selector: "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']",
          message: envMessage,
        },
      ],
    },
  },
]);
