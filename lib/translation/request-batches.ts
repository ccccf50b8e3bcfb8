/**
 * DeepL accepts at most 50 texts and a 128 KiB request body per /v2/translate call. A little of the body is kept
 * for the other parameters (languages, tag handling, glossary id), so the texts themselves may use the rest.
 */
export const DEEPL_REQUEST_LIMITS = { maxTexts: 50, maxBodyBytes: 128 * 1024 - 1024 } as const;

export interface BatchLimits {
  maxTexts: number;
  maxBodyBytes: number;
}

/**
 * Bytes a text adds to a form-encoded request body as `text=…&`. Percent-encoding makes non-ASCII characters and
 * markup much larger than their character count ("é" is 6 bytes, "<" is 3), so the limit is checked on this size.
 */
export function formEncodedSize(text: string): number {
  return new URLSearchParams({ text }).toString().length + 1;
}

/**
 * Splits items, in order, into batches that stay within both limits. An item that alone exceeds the byte limit gets
 * a batch of its own: the provider then rejects that one request rather than the job silently skipping the item.
 *
 * splitIntoBatches(["a", "b", "c"], () => 1, { maxTexts: 2, maxBodyBytes: 10 }) → [["a", "b"], ["c"]]
 */
export function splitIntoBatches<T>(items: readonly T[], sizeOf: (item: T) => number, limits: BatchLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= limits.maxTexts || currentBytes + size > limits.maxBodyBytes)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
