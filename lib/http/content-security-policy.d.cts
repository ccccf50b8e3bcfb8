// Types of content-security-policy.cjs for the TypeScript that imports it (proxy.ts, tests).
export declare function pagePolicy(scriptSources: readonly string[], development: boolean): string;
export declare const CACHED_PAGE_BASELINE_POLICY: string;
export declare const RESOURCE_POLICY: string;
