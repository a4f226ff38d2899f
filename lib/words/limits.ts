// Size limits of a saved word's fields (a module of its own: the content script needs them without the rest).

/** Size limits of a word record's fields; `sentences` is how many sentences a word keeps. */
export const WORD_LIMITS = { word: 32, reading: 200, meaning: 500, meanings: 12, sentence: 400, title: 512, paper: 64, sentences: 30 } as const;
