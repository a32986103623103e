// Lint rules for the whole tree: Next.js (core web vitals, react, react-hooks), typescript-eslint,
// the full jsx-a11y recommended set, with Prettier owning layout (eslint-config-prettier last).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // next registers the jsx-a11y plugin with a handful of rules; turn on its whole recommended set.
  { files: ["**/*.{jsx,tsx}"], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // A leading underscore marks a value kept on purpose (a dropped tuple slot, a destructured key left out).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // `ok ? a++ : b++` and `(x && y())` are used as statements on purpose in counting loops.
      "@typescript-eslint/no-unused-expressions": [
        "warn",
        { allowShortCircuit: true, allowTernary: true },
      ],
      // autoFocus appears only on the first control of a dialog or inline confirm the user just opened,
      // which is what the WAI-ARIA dialog pattern asks for.
      "jsx-a11y/no-autofocus": "off",
    },
  },
  prettier,
  globalIgnores([
    ".next*/**",
    ".data/**",
    ".cache/**",
    "node_modules/**",
    "lib/db/generated/**",
    "test-results/**",
    "playwright-report/**",
    "bench-out/**",
    "next-env.d.ts",
  ]),
]);
