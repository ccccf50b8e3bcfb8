"use client";

import { Fragment } from "react";
import type { WordGrammar } from "@/lib/grammar/grammar-line";
import type { ReaderStrings } from "./reader-strings";

/** "heeft gelopen", "is gegaan", "heeft/is gelopen": the perfect as a learner would say it. */
function perfect(grammar: WordGrammar): string | null {
  if (!grammar.participle || !grammar.auxiliary) return null;
  const auxiliary = { hebben: "heeft", zijn: "is", "hebben/zijn": "heeft/is" }[grammar.auxiliary];
  return `${auxiliary} ${grammar.participle}`;
}

/** A label in the reader's language followed by Dutch words: "plural vrouwen". */
function Labelled({ label, dutch }: { label?: string; dutch: string }) {
  return (
    <>
      {label && `${label} `}
      <span lang="nl">{dutch}</span>
    </>
  );
}

/**
 * The grammar rows of a word card: part of speech; for a noun its article and plural; for a verb its past tense and
 * perfect; the pronunciation. Only what the data says; a field it lacks is left out.
 */
export function WordGrammarFacts({ grammar, strings }: { grammar: WordGrammar; strings: ReaderStrings }) {
  const past = [grammar.pastSingular, grammar.pastPlural].filter(Boolean).join(", ");
  const perfectForm = perfect(grammar);
  const facts = [
    grammar.article && <Labelled dutch={`${grammar.article} ${grammar.lemma}`} />,
    grammar.plural && <Labelled label={strings.plural} dutch={grammar.plural} />,
    past && <Labelled label={strings.pastTense} dutch={past} />,
    perfectForm && <Labelled label={strings.perfect} dutch={perfectForm} />,
  ].filter(Boolean);
  return (
    <>
      {grammar.partOfSpeech && (
        <>
          <dt>{strings.grammar}</dt>
          <dd className="card-grammar">
            {strings[`partOfSpeech_${grammar.partOfSpeech}`]}
            {facts.map((fact, index) => (
              <Fragment key={index}>
                {" · "}
                {fact}
              </Fragment>
            ))}
          </dd>
        </>
      )}
      {grammar.ipa && (
        <>
          <dt>{strings.pronunciation}</dt>
          <dd className="card-ipa" lang="nl-fonipa">
            /{grammar.ipa}/
          </dd>
        </>
      )}
    </>
  );
}
