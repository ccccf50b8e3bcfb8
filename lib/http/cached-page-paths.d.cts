// Types of cached-page-paths.cjs for the TypeScript that imports it (proxy.ts, tests).
export declare function isCachedPagePath(pathname: string): boolean;
export declare const CACHED_PAGE_SOURCES: readonly string[];
export declare const OTHER_LESSON_PAGES: readonly string[];
