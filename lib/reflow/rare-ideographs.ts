// Ideographs outside the basic CJK block in names: `湖北日报全媒记者　张　𬭎　通讯员　谭𬞟`. Rare characters of
// personal and place names are coded in CJK Extension A (U+3400–U+4DBF), the compatibility block (U+F900–U+FAFF) and the
// supplementary planes (Extension B and after, U+20000–U+323AF: four bytes in GB18030 and UTF-8, two code units in a
// JavaScript string). The byline patterns read a name as characters of the basic block ([一-鿿]); a line is read through
// this fold so a name holding such a character reads as a name.

const RARE = /[\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{323af}]/u;
const RARE_ALL = /[\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{323af}]/gu;
/** The basic-block character each rare ideograph is read as: a name character, no role, medium or sentence word. */
const STAND_IN = '某';

/** The line with each ideograph outside the basic CJK block read as one of it, for reading it only. Most lines hold none and come back as they are. */
export function foldRareIdeographs(text: string): string {
  if (!RARE.test(text)) return text;
  return text.replace(RARE_ALL, STAND_IN);
}
