// The entry and forms of the dev125 round, drawn from the front and second pages of city and county papers:
// idle farmhouses (闲置农房, the houses themselves, beside the older card of the programme that revives them,
// 闲置农房激活) and the printed forms of a village collective's annual business income (集体经济年经营性收入 and
// its neighbours, forms of the older 村集体经营性收入). Each is underlined in a sentence of its own (not the
// development set's), and the words beside them are left alone: a firm's 经营性收入, a city flat left 闲置, the
// programme's own card and the collective economy's own card where no income is named.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev125 entries: underlined as the term', [
  ['村里把闲置农房租给了返乡青年开民宿。', '闲置农房', 'xianzhi-nongfang'],
  ['镇里摸排农村闲置住宅120幢。', '农村闲置住宅', 'xianzhi-nongfang'],
  ['全县行政村集体经济年经营性收入均超过40万元。', '村集体经济年经营性收入', 'cunjiti-jingyingxing-shouru'],
  ['今年村级集体经济年经营性收入全部达到30万元。', '村级集体经济年经营性收入', 'cunjiti-jingyingxing-shouru'],
  ['该村集体经济经营性收入去年翻了一番。', '村集体经济经营性收入', 'cunjiti-jingyingxing-shouru'],
  ['全镇各村集体经济年经营性收入稳步增长。', '集体经济年经营性收入', 'cunjiti-jingyingxing-shouru'],
], {
  // The programme keeps its own card where its name is printed.
  '闲置农房激活 stays the programme': (g) => {
    expect(g.ids('县里推进闲置农房激活计划。')).toContain('xianzhi-nongfang-jihuo');
    expect(g.ids('县里推进闲置农房激活计划。')).not.toContain('xianzhi-nongfang');
  },
});

leftAloneByIdBlock('dev125 entries: the neighbouring cards and words are not read as these entries', [
  ['我县大力发展壮大村级集体经济。', 'cunjiti-jingyingxing-shouru'],
  ['他家在城里有一套闲置住宅。', 'xianzhi-nongfang'],
  ['县里推进闲置农房激活计划。', 'xianzhi-nongfang'],
]);

leftAloneBlock('dev125 entries: nothing is underlined over the everyday words', [
  ['这家公司去年的经营性收入增长了一成。', '经营性收入'],
  ['他家在城里有一套闲置住宅。', '闲置住宅'],
  ['爷爷把闲置的农具送给了邻居。', '闲置'],
  ['老农房的屋顶去年翻修过。', '农房'],
]);
