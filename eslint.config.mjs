import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const pureFolders = [
  "lib/text/**",
  "lib/language/**",
  "lib/alignment/**",
  "lib/glossary/!(*.server).ts",
  "lib/translation/!(*.server).ts",
  "lib/import/!(*.server).ts",
  "lib/lessons/!(*.server).ts",
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "tests/.tmp/**",
    ],
  },
  {
    // app/ talks to the domain in lib/, never to the database client.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/generated/*", "@prisma/*"], message: "Call an operation in lib/ instead." }] },
      ],
    },
  },
  {
    // Pure domain logic does no I/O, so it stays fast to test and reusable on client and server.
    files: pureFolders,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "@prisma/*", "next", "next/*", "react", "react-dom", "deepl-node", "node:fs", "fs"],
              message: "Pure modules do no I/O.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
