// One labelled <select> of the popup's settings: the label names it (accessible name), the
// options are the only values it can hand back.

/** One choice: the value stored and the text the reader sees. */
export interface Choice<V extends string> {
  value: V;
  label: string;
}

/**
 * A `<label for>` + `<select>` pair in a `.field` row. `onPick` is called with the chosen value,
 * and only with one of `choices` (a value the page put in by other means is ignored). `onIntent`,
 * when given, is called when the pointer comes over the row or the focus reaches the select (the
 * reader is about to choose).
 */
export function SelectField<V extends string>({ id, label, value, choices, onPick, onIntent }: { id: string; label: string; value: V; choices: readonly Choice<V>[]; onPick: (value: V) => void; onIntent?: () => void }) {
  return (
    <div class="field" onPointerEnter={onIntent}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onFocus={onIntent} onChange={(e) => {
        const picked = choices.find((c) => c.value === (e.currentTarget as HTMLSelectElement).value);
        if (picked) onPick(picked.value);
      }}>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </div>
  );
}
