/**
 * Irregular noun plurals and adjective degrees that no spelling rule derives (verbs are in strong-verbs.ts).
 *
 * irregularLemmas("steden") → ["stad"] · irregularLemmas("beter") → ["goed"] · irregularLemmas("huizen") → []
 */

/** "form lemma" pairs, one per line. */
const TABLE = `
steden stad
schepen schip
leden lid
gebeden gebed
smeden smid
koeien koe
ogen oog
gevoelens gevoel
vlooien vlo
musea museum
politici politicus
historici historicus
technici technicus
critici criticus
crises crisis
beter goed
best goed
beste goed
meer veel
meest veel
meeste veel
minder weinig
minst weinig
minste weinig
liever graag
liefst graag
`;

const LEMMAS = new Map<string, string[]>();
for (const line of TABLE.trim().split("\n")) {
  const [form, lemma] = line.split(" ");
  if (form !== undefined && lemma !== undefined) LEMMAS.set(form, [...(LEMMAS.get(form) ?? []), lemma]);
}

/** Lemmas of a lower-case irregular form; empty for regular words. */
export function irregularLemmas(form: string): readonly string[] {
  return LEMMAS.get(form) ?? [];
}
