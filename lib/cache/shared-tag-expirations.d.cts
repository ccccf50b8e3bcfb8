// Types of shared-tag-expirations.cjs for the TypeScript that imports it (tests).
export interface TagExpirations {
  record(tags: readonly string[], at: number): Promise<void>;
  latest(tags: readonly string[]): Promise<number>;
  close(): Promise<void>;
}
export declare function tagExpirations(): TagExpirations;
