// Saved words out and in: Anki TSV (headers, escaping, cloze), CSV (BOM, formula guard) and the
// JSON file whose import refuses a foreign or broken file whole. The expected strings are written
// out by hand.
import { describe, expect, it } from 'vitest';
import { newCard } from '../../lib/words/fsrs';
import { ankiWordField, clozeSentence, csvWordField, parseWordsImport, toAnkiWords, toWordsCsv, toWordsJson } from '../../lib/words/io';
import type { WordRecord } from '../../lib/words/types';

const T0 = Date.UTC(2025, 2, 9, 2, 0, 0);
const URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';

function word(over: Partial<WordRecord> = {}): WordRecord {
  const card = newCard(T0);
  return {
    word: '医银合作',
    written: '医银合作',
    reading: 'yī yín hé zuò',
    meanings: ['medical insurance and bank cooperation'],
    source: 'glossary',
    sentences: [{ text: '推进医银合作，方便参保人。', start: 2, end: 6, url: URL, title: '医保服务提质扩面', paper: '萧山日报', site: 'xsrb', date: '2025-03-09', seenAt: T0 }],
    firstSeen: T0,
    lastSeen: T0,
    lookups: 1,
    card,
    due: card.due,
    ...over,
  };
}

describe('Anki TSV', () => {
  it('starts with the separator, html and columns headers and writes word, reading, meaning, cloze sentence, source', () => {
    expect(toAnkiWords([word()])).toBe(
      '#separator:tab\n#html:true\n#columns:Word\tReading\tMeaning\tSentence\tSource\n' +
        '医银合作\tyī yín hé zuò\tmedical insurance and bank cooperation\t推进{{c1::医银合作}}，方便参保人。\t萧山日报 2025-03-09 《医保服务提质扩面》 ' + URL + '\n',
    );
  });

  it('HTML-escapes every field and keeps a leading # from reading as a header line', () => {
    expect(ankiWordField('#1 <b>&"x"\tnext\nline')).toBe('&#35;1 &lt;b&gt;&amp;&quot;x&quot; next<br>line');
    expect(clozeSentence({ text: '<i>医保</i>', start: 3, end: 5 })).toBe('&lt;i&gt;{{c1::医保}}&lt;/i&gt;');
    const line = toAnkiWords([word({ meanings: ['#hashtag'], reading: '' })]).split('\n')[3] as string;
    expect(line.split('\t')[2]).toBe('&#35;hashtag');
    expect(line.split('\t')).toHaveLength(5);
  });
});

describe('CSV', () => {
  it('has a byte-order mark, a header row and one row a word', () => {
    const csv = toWordsCsv([word()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('word,written,reading,meanings,sentence,paper,date,title,url,first_seen,lookups,due');
    expect(rows[1]).toBe(`医银合作,医银合作,yī yín hé zuò,medical insurance and bank cooperation,推进医银合作，方便参保人。,萧山日报,2025-03-09,医保服务提质扩面,${URL},2025-03-09T02:00:00.000Z,1,2025-03-09T02:00:00.000Z`);
  });

  it('neutralises formulas at the start of a field and after a separator inside it', () => {
    expect(csvWordField('=1+1')).toBe(`"'=1+1"`);
    expect(csvWordField('+86 571')).toBe(`"'+86 571"`);
    expect(csvWordField('-5')).toBe(`"'-5"`);
    expect(csvWordField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvWordField('bank; =HYPERLINK("x")')).toBe(`"'bank; =HYPERLINK(""x"")"`);
    expect(csvWordField('a,@b')).toBe(`"'a,@b"`);
    expect(csvWordField('医保 2+3')).toBe('医保 2+3');
    expect(csvWordField('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('JSON import', () => {
  it('reads back what it wrote', () => {
    const records = [word(), word({ word: '覆盖', written: '覆蓋', sentences: [] })];
    const parsed = parseWordsImport(toWordsJson(records, { now: T0 }));
    expect(parsed).toEqual({ ok: true, records, warnings: [] });
  });

  it('refuses a highlights export, broken JSON, an unknown version and a bad entry, each with a reason', () => {
    const refused = (text: string): string[] => {
      const r = parseWordsImport(text);
      if (r.ok) throw new Error('accepted');
      return r.errors;
    };
    expect(refused('{"format":"dubao-highlights","version":1,"highlights":[]}')[0]).toMatch(/not a Dubao words export/u);
    expect(refused('{"format":"dubao-words",')[0]).toMatch(/not valid JSON/u);
    expect(refused('{"format":"dubao-words","version":9,"words":[]}')[0]).toMatch(/unsupported version/u);
    const bad = JSON.parse(toWordsJson([word(), word({ word: '银行', written: '银行' })]));
    bad.words[1].sentences[0].start = 40;
    bad.words[0].card.state = 7;
    expect(refused(JSON.stringify(bad))).toEqual(['words[0]: card is not a review schedule', 'words[1]: sentence.start/end must be the word’s offsets in sentence.text']);
    const wrongKey = JSON.parse(toWordsJson([word({ word: '醫銀合作', written: '醫銀合作' })]));
    expect(refused(JSON.stringify(wrongKey))[0]).toMatch(/simplified form/u);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parseWordsImport(toWordsJson([word()]), { maxBytes: 100 });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/file too large/u);
  });
});
