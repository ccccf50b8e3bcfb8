// Types of inline-script-hashes.cjs for the TypeScript tests that import it.
export declare function inlineScriptHashes(html: string): string[];
