/**
 * Closed classes of Dutch function words that the heuristics consult: a determiner before a word makes a noun
 * reading likelier ("de staat"), a subordinator or preposition after a particle shows that the particle closes
 * its clause ("gaf … aan dat", "sprak … uit voor"), and no compound has a pronoun for a part.
 *
 * DETERMINERS.has("de") → true · SUBORDINATORS.has("dat") → true · PREPOSITIONS.has("voor") → true
 */

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

export const DETERMINERS = wordSet(`
  de het een die dat deze dit mijn je jouw zijn haar ons onze uw hun elk elke ieder iedere geen welk welke
  twee drie vier vijf zes zeven acht negen tien enkele sommige alle veel weinig meer minder
`);

export const SUBJECT_PRONOUNS = wordSet("ik jij je hij zij ze wij we jullie u men");

/** Conjunctions, relative and interrogative words that open a new clause. */
export const SUBORDINATORS = wordSet(`
  dat omdat zodat als wanneer toen terwijl nadat voordat totdat tot sinds hoewel indien of en maar want dus
  die wat wie waar waarin waarop waarmee waardoor waarvan waaraan waarover waarbij waarna om zoals alsof
`);

export const PREPOSITIONS = wordSet(`
  aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per rond sinds tegen
  tijdens tot tussen uit van via voor vanaf vanuit zonder wegens volgens dankzij
`);

/** Words that are never part of a compound even though they are dictionary headwords of three letters or more. */
export const NON_COMPOUND_PARTS = wordSet(`
  het een die dat wat wie hun ons zij wij jij hij men mij jou hem haar der des ten ter dan als ook nog niet wel
  maar dus zeer
`);
