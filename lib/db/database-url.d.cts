// Types of database-url.cjs for the TypeScript that imports it.
export declare const DEFAULT_DATABASE_FILE: string;
export declare function databaseUrl(env?: NodeJS.ProcessEnv): string;
export declare function databaseProvider(env?: NodeJS.ProcessEnv): "sqlite" | "postgresql";
export declare function providerOf(url: string): "sqlite" | "postgresql";
