import { vi } from "vitest";

/** Paths revalidated through next/cache (mocked in each curation test file), in call order. */
export const revalidated = vi.fn<(path: string, type?: string) => void>();
