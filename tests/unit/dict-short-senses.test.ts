// The word-by-word gloss of a term the glossary lacks shows real senses, not CC-CEDICT's variant
// notation: seen on 湖州日报's 一码游 in Firefox, whose 游 read "to swim; variant of 遊|游[you2]".
import { describe, expect, it } from 'vitest';
import { orderDefinitions, shortSenses } from '../../lib/dict';

describe('shortSenses', () => {
  it('leaves variant notes, classifier lists and cross-references out when the entry has a real sense', () => {
    expect(shortSenses(orderDefinitions(['to swim', 'variant of 遊|游[you2]']))).toEqual(['to swim']);
    expect(shortSenses(orderDefinitions(['bank', 'CL:家[jia1],個|个[ge4]', 'see also 銀行|银行[yin2 hang2]']))).toEqual(['bank']);
    expect(shortSenses(['to walk', 'to go', 'to run'])).toEqual(['to walk', 'to go']);
  });
  it('keeps what there is when the entry is only a note', () => {
    expect(shortSenses(['variant of 遊|游[you2]'])).toEqual(['variant of 遊|游[you2]']);
    expect(shortSenses(['used in 蝴蝶[hu2 die2]'])).toEqual(['used in 蝴蝶[hu2 die2]']);
  });
});
