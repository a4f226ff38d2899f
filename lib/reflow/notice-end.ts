// A notice's contact field with a whole telephone number (`联系电话：0579-87035119`) ends what it
// closes like a notice's date: it has no sentence mark, but nothing goes on from a whole number,
// so what follows it may be the next article's headline.

/** A contact field's label and a whole number: an area code and a local number, or a mobile's eleven digits. */
const WHOLE_PHONE = /^(?:联系电话|电话|手机|咨询电话|监督电话|举报电话|投诉电话|报名电话|服务热线|\p{Script=Han}{2,6}热线)\s*[：:]\s*(?:0\d{2,3}[-－]?\d{7,8}|1\d{10})$/u;

/** `联系电话：0579-87035119`: a paragraph that is a contact field with a whole number. */
export function isWholePhoneField(text: string): boolean {
  const t = text.trim();
  // It ends in a digit: other paragraphs (asked at every line) are answered without the pattern.
  const last = t.charCodeAt(t.length - 1);
  return last >= 0x30 && last <= 0x39 && WHOLE_PHONE.test(t);
}
