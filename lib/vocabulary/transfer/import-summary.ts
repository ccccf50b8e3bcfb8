/** What an import changed, for "12 words added, 3 updated, 2 statuses set". */
export interface ImportSummary {
  /** New vocabulary items. */
  added: number;
  /** Items the learner had that gained an English meaning, a note or a sentence. */
  updated: number;
  /** Words (not added ones) whose status changed. */
  statusesSet: number;
}
