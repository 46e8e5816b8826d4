// An editable list of words and phrases shown as chips: type and press Enter (or Add) to add,
// the × on a chip to remove. Used for custom terms (always masked) and the allowlist (never masked).
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import './masking.css';

export interface TermListEditorProps {
  title: string;
  description: string;
  /** Accessible name of the text field, e.g. "New custom term". */
  inputLabel: string;
  placeholder: string;
  items: readonly string[];
  maxItems: number;
  maxLength: number;
  /** Saves the whole new list; resolves true when saved. */
  onChange: (items: string[]) => Promise<boolean>;
  testId: string;
}

export function TermListEditor({ title, description, inputLabel, placeholder, items, maxItems, maxLength, onChange, testId }: TermListEditorProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const term = value.trim();
  const full = items.length >= maxItems;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!term || full) return;
    if (items.some((i) => i.toLowerCase() === term.toLowerCase())) {
      setNote(`“${term}” is already on the list.`);
      return;
    }
    if (await onChange([...items, term])) {
      setValue('');
      setNote(null);
    }
  };

  const remove = (item: string) => {
    void onChange(items.filter((i) => i !== item));
    // The chip's button disappears; keep keyboard users in the same place.
    inputRef.current?.focus();
  };

  return (
    <section className="mask-rules" aria-labelledby={`${id}-t`} data-testid={testId}>
      <h4 id={`${id}-t`} className="mask-rules__title">
        {title}
      </h4>
      <p id={`${id}-h`} className="facts__note">
        {description}
      </p>
      {items.length > 0 ? (
        <ul className="chips" aria-labelledby={`${id}-t`}>
          {items.map((item) => (
            <li key={item} className="chip" data-testid={`${testId}-chip`}>
              <span className="chip__text">{item}</span>
              <button type="button" className="chip__remove" aria-label={`Remove “${item}”`} title="Remove" onClick={() => remove(item)}>
                <CloseIcon width={12} height={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="mask-rules__add" onSubmit={(e) => void add(e)}>
        <label className="visually-hidden" htmlFor={`${id}-i`}>
          {inputLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-i`}
          className="input mask-rules__input"
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-describedby={`${id}-h${note ? ` ${id}-n` : ''}`}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setValue(e.target.value);
            setNote(null);
          }}
          data-testid={`${testId}-input`}
        />
        <Button type="submit" unavailable={!term || full} data-testid={`${testId}-add`}>
          Add
        </Button>
      </form>
      {note || full ? (
        <p id={`${id}-n`} className="facts__note" role="status">
          {note ?? `The list is full (${maxItems}); remove one to add another.`}
        </p>
      ) : null}
    </section>
  );
}
