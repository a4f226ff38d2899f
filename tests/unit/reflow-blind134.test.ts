// The rule the blind134 round added. lib/reflow/document-lines.ts (flushPartHead, asked in segment.ts): on a page that indents
// its paragraphs, a notice's numbered part head set flush (`一、项目概况`), short of its column by a character and a half
// with no mark after its number, is a heading after a line ending a sentence, after the opening's colon (`…如下：`) or after
// a labelled row (`联系人：沈工　联系电话：` / `0573-88213547`, read whole), whatever stands under it — a flush labelled row, a
// numbered step, a phone number. And lib/reflow/segment-steps.ts (markPhotoCaptions) no longer takes such a head under a
// contact row for the organisation that signs the notice.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { flushPartHead } from '../../lib/reflow/document-lines';
import type { Line } from '../../lib/reflow/columns';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const line = (text: string, indent: boolean, width = text.length): Line => ({ text, indent, gap: 0, width, run: 0 }) as unknown as Line;
const W = [15];

describe('a flush numbered part head on a page that indents its paragraphs (flushPartHead)', () => {
  it('changes: after a colon, after a labelled row, or over a flush row', () => {
    expect(flushPartHead([line('事项公告如下：', false), line('一、征收范围', false), line('　　拟征收土地位于城西街道横湖', true)], 1, W)).toBe(true);
    expect(flushPartHead([line('联系人：钱工　电话：1234', false), line('四、公众范围', false), line('　　项目评价范围内的崇福镇上莫', true)], 1, W)).toBe(true);
    expect(flushPartHead([line('0573-88213547', false, 6.5), line('三、环评单位及联系方式', false), line('环评单位：浙江禾清环境科技有限', false)], 1, W, '联系人：沈工　联系电话：0573-88213547')).toBe(true);
    expect(flushPartHead([line('施。', false), line('五、联系方式', false), line('联系单位：温岭市城西街道办事处', false)], 1, W)).toBe(true);
  });
  it('leaves alone: an indented line, a head with a mark, a line filling its column, a line under an unfinished one', () => {
    expect(flushPartHead([line('施。', false), line('　　一、征收范围', true), line('联系单位：温岭市城西街道办事处', false)], 1, W)).toBe(false);
    expect(flushPartHead([line('施。', false), line('一、征收范围：东至横湖路', false), line('联系单位：温岭市城西街道办事处', false)], 1, W)).toBe(false);
    expect(flushPartHead([line('施。', false), line('一、提交投标文件截止时间及开标', false), line('联系单位：温岭市城西街道办事处', false)], 1, W)).toBe(false);
    expect(flushPartHead([line('自本公告发布之日起，在拟征', false), line('一、征收范围', false), line('联系单位：温岭市城西街道办事处', false)], 1, W)).toBe(false);
  });
  it('parts the heads from the rows under them on a 环评公示 of indented print lines fifteen wide', () => {
    const page = ['　　根据《环境影响评价公众参与', '办法》的有关规定，现将桐乡市崇', '福皮毛产业园污水处理提标改造项', '目环境影响评价有关信息进行第二', '次公示，征求公众意见。', '一、项目概况', '项目名称：崇福皮毛产业园污水处', '理提标改造项目', '建设地点：桐乡市崇福镇工业园区', '崇德路以北', '建设内容：对现有日处理规模3万', '吨的污水处理设施实施提标改造，', '出水水质由一级A标准提升至准地', '表水Ⅳ类标准，新增深度处理单元', '及除臭设施。', '二、建设单位及联系方式', '建设单位：桐乡市崇福水务有限公', '司', '联系人：沈工　联系电话：', '0573-88213547', '三、环评单位及联系方式', '环评单位：浙江禾清环境科技有限', '公司', '联系人：钱工　电子邮箱：h', 'qhj2028@163.com', '四、征求意见的公众范围', '　　项目评价范围内的崇福镇上莫', '村、芝村村等村（社区）居民及其', '他关注本项目的单位和个人。', '五、公众提出意见的方式和途径', '　　公众可在本公示发布之日起10', '个工作日内，通过信函、电子邮件', '等方式向建设单位或环评单位提出', '意见和建议，并请注明真实姓名和', '联系方式。', '桐乡市崇福水务有限公司', '2028年11月14日'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 根据《环境影响评价公众参与办法》的有关规定，现将桐乡市崇福皮毛产业园污水处理提标改造项目环境影响评价有关信息进行第二次公示，征求公众意见。',
      'heading: 一、项目概况',
      'body: 项目名称：崇福皮毛产业园污水处理提标改造项目',
      'body: 建设地点：桐乡市崇福镇工业园区崇德路以北',
      'body: 建设内容：对现有日处理规模3万吨的污水处理设施实施提标改造，出水水质由一级A标准提升至准地表水Ⅳ类标准，新增深度处理单元及除臭设施。',
      'heading: 二、建设单位及联系方式',
      'body: 建设单位：桐乡市崇福水务有限公司',
      'body: 联系人：沈工　联系电话：0573-88213547',
      'heading: 三、环评单位及联系方式',
      'body: 环评单位：浙江禾清环境科技有限公司',
      'body: 联系人：钱工　电子邮箱：hqhj2028@163.com',
      'heading: 四、征求意见的公众范围',
      'body: 项目评价范围内的崇福镇上莫村、芝村村等村（社区）居民及其他关注本项目的单位和个人。',
      'heading: 五、公众提出意见的方式和途径',
      'body: 公众可在本公示发布之日起10个工作日内，通过信函、电子邮件等方式向建设单位或环评单位提出意见和建议，并请注明真实姓名和联系方式。',
      'body: 桐乡市崇福水务有限公司',
      'body: 2028年11月14日',
    ]);
  });
  it('leaves alone: a numbered item with its value after a colon stays a paragraph, the signer under a contact row stays body', () => {
    const page = ['　　因工程施工需要，决定对该路', '段实施交通管制。现通告如下：', '　　管制期间请绕行。', '一、管制时间：2028年11月18日', '0时至2029年2月28日24时。', '二、管制路段：伯乐西路全段。', '联系电话：0577-62571234', '乐清市公安局交通警察大队', '2028年11月15日'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 因工程施工需要，决定对该路段实施交通管制。现通告如下：',
      'body: 管制期间请绕行。',
      'body: 一、管制时间：2028年11月18日0时至2029年2月28日24时。',
      'body: 二、管制路段：伯乐西路全段。',
      'body: 联系电话：0577-62571234',
      'body: 乐清市公安局交通警察大队',
      'body: 2028年11月15日',
    ]);
  });
});
