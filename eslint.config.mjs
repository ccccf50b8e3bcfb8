import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Every file in lib/ is pure unless its name says otherwise: `*.server.ts` does I/O in the server's request thread,
// `*.worker.ts` in the import worker (lib/lessons/import-worker.ts is its entry); lib/db is the database layer itself,
// and the dictionary's file reader serves both threads.
const pureFiles = ["lib/**/*.ts"];
const ioFiles = [
  "lib/**/*.server.ts",
  "lib/**/*.worker.ts",
  "lib/db/**",
  "lib/lessons/import-worker.ts",
  "lib/dictionary/read-dictionary-files.ts",
];

// The lesson model (rows, kinds, the access policy) sits below everything; lesson use cases (lib/lessons) sit above
// the concerns they combine, so nothing below may reach up into them.
const belowLessonUseCases = ["alignment", "auth", "db", "dictionary", "glossary", "i18n", "import", "language"]
  .concat(["lesson-model", "text", "translation", "vocabulary", "workers", "errors", "classes", "progress"])
  .concat(["assignments", "word-alignment", "grammar"])
  .map((folder) => `./lib/${folder}`);

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
    files: ["lib/**/*.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: belowLessonUseCases,
              from: "./lib/lessons",
              message: "Lesson use cases sit above this folder; move what is shared into lib/lesson-model.",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS files that Next loads at run time (lib/cache) can only require().
    files: ["**/*.cjs", "next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
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
    files: pureFiles,
    ignores: ioFiles,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/db/*",
                "@prisma/*",
                "next",
                "next/*",
                "react",
                "react-dom",
                "deepl-node",
                "better-sqlite3",
                "node:fs",
                "fs",
                "*.server",
                "*.worker",
              ],
              message: "Pure modules do no I/O.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
