/**
 * Gale–Church (1993) length cost: translations keep length roughly proportional, so the surprise of a length
 * difference is −log P(|δ| or more), with δ the normalised difference between the target length and the source
 * length times the document's length ratio. Lengths are in characters.
 *
 * lengthCost(100, 105, 1.05) ≈ 0 (expected), lengthCost(100, 40, 1.05) ≈ 6 (one side is probably missing something).
 */

/** Variance of the target length per source character (Gale and Church measured 6.8 on English–French–German). */
const VARIANCE_PER_CHARACTER = 6.8;

/** Beyond this the probability underflows; a cap also keeps one odd pair from outweighing every other signal. */
const MAX_COST = 30;

export function lengthCost(sourceLength: number, targetLength: number, targetPerSourceRatio: number): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / targetPerSourceRatio) / 2;
  const delta = (sourceLength * targetPerSourceRatio - targetLength) / Math.sqrt(VARIANCE_PER_CHARACTER * mean);
  const probability = 2 * (1 - standardNormalCdf(Math.abs(delta)));
  return Math.min(MAX_COST, -Math.log(Math.max(probability, Number.MIN_VALUE)));
}

/** Φ(x) from the Abramowitz–Stegun 26.2.17 approximation (absolute error below 7.5e-8). */
function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const tail =
    density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - tail : tail;
}
