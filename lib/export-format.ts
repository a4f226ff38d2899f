// Field encodings shared by the highlights' and the saved words' exports (lib/highlights/export.ts,
// lib/words/io.ts): one definition of how text becomes an Anki HTML field.

/**
 * Text as Anki HTML (a file with `#html:true`): & < > " escaped (escaping " keeps Anki's importer
 * from reading a field as quoted), tabs as spaces, line breaks as <br>.
 */
export function ankiHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/\t/gu, ' ')
    .replace(/\r\n|\r|\n/gu, '<br>');
}

/** A whole Anki field: ankiHtml(), and a leading # written &#35; (Anki reads a line starting with # as a header). */
export function ankiField(text: string): string {
  return ankiHtml(text).replace(/^#/u, '&#35;');
}
