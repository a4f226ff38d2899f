/**
 * A rule for unquoted jargon that {@link ./detect.ts} adds to its patterns: programmes named right
 * after the verb that carries them out. Written from the misses of the leave-entries-out measure's
 * fitting half (scripts/detector-leave-out.ts). Pure.
 *
 * - A named programme carried out, 实施 / 开展 / 推进 / 启动 / 深化 / 推行 / 落实 / 入选 + two to ten
 *   characters + 计划 / 工程 / 行动 / 改革 / 机制 / 体系 / 模式 (实施春泥计划, 实施宋韵文化传世工程, 开展青蓝工程,
 *   开展移风易俗行动, 推行用水权改革, 启动预警叫应机制): the name holds no function character and does not open with a pointing word
 *   (实施这一计划, 实施本轮计划); neither the whole nor its last two characters with the suffix are a
 *   dictionary word (实施水利工程, 实施五年计划, 推动宗教改革, 启动大规模军事行动 are left alone); the name
 *   does not end in a verb of building or repair (实施道路改造工程 is works, not a programme) or in a
 *   modifier any campaign takes (开展专项行动, 城市更新三年行动: other rules read those back) or in 新, a
 *   description (…新业态新模式新场景 would be cut short); not 工程师,
 *   计划书 … . A mark of another rule inside the name keeps its place (退休一类事 in 推进退休一类事改革).
 * Tried and not kept (the held-back half of the measure did not rise): a system put into effect with a
 * qualifier (推行肥药实名制，, 推行代建制，, 落实消防安全责任制) and a numbered activity or 双 formula
 * (深化三服务活动, 双重预防机制).
 * The rule asks `isWord` the same questions whatever it answers, so that `wordQuestions` in
 * ./detect.ts can list them ahead of time.
 */
import type { DetectedTerm } from './detect';
import { detectedTerm } from './detected-term';

const FUNCTION_CHAR = /[的了是在和与及或并跟同把被从向对为以之其这那个等也都就还要会能]/u;
const PROGRAMME = /(?<=实施|开展|推进|启动|深化|推行|落实|入选)(\p{Script=Han}{2,10}?)(计划|工程|行动|改革|机制|体系|模式)(?![师书表款队量])/gu;
/** A pointing word or a count opening the name: the programme is one named before (实施这一计划, 实施本轮计划, 实施五年计划). */
const POINTING_START = /^(?:这|那|该|此|本|各|每|一[项个批期]|[一二两三四五六七八九十]年)/u;
/** A modifier that any campaign takes ending the name (开展专项行动, 实施城市更新三年行动: read back by other rules; 新业态新模式新场景: a description, cut short). */
const GENERIC_END = /(?:专项|集中|联合|系列|综合|全面|配套|重点|[一二两三四五六七八九十百千]年|百日|新)$/u;
/** A verb of building or repair ending the name: works, not a programme (道路改造工程, 堤防加固工程). */
const WORKS_END = /(?:改造|建设|修缮|整治|绿化|硬化|亮化|美化|加固|维修|修复|扩建|新建|改建|疏浚|清淤|拓宽|铺设|安装|施工|治理)$/u;

/** Named programmes, campaigns and reforms carried out (实施春泥计划, 推行用水权改革). */
function programmes(text: string, isWord: (w: string) => boolean): DetectedTerm[] {
  const out: DetectedTerm[] = [];
  for (const m of text.matchAll(PROGRAMME)) {
    const [name, suffix] = [m[1] as string, m[2] as string];
    // Both questions are always put (wordQuestions lists them ahead of time).
    const [whole, tail] = [isWord(name + suffix), isWord(name.slice(-2) + suffix)];
    if (whole || tail || FUNCTION_CHAR.test(name) || POINTING_START.test(name) || WORKS_END.test(name) || GENERIC_END.test(name)) continue;
    out.push(detectedTerm(text, m.index, m.index + m[0].length, 'coinage'));
  }
  return out;
}

/**
 * Every match of the rule above in `text` that overlaps none of the detector's `others`: a mark of a
 * narrower rule inside the name keeps its place (退休一类事 in 推进退休一类事改革, 强链补链 in 实施强链补链行动).
 */
export function carriedMatches(text: string, isWord: (w: string) => boolean, others: readonly DetectedTerm[] = []): DetectedTerm[] {
  return programmes(text, isWord).filter((p) => !others.some((o) => o.start < p.end && p.start < o.end));
}
