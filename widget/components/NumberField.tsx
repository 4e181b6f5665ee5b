import { useEffect, useState } from 'preact/hooks';
import { formatInputNumber, parseLocaleNumber } from '../i18n/index.js';

interface Props {
  id: string;
  /** The field's accessible name, with its product: "Quantity of Cake stand". */
  label: string;
  value: number;
  locale: string;
  /** Decimals a value keeps when written back (0 for a quantity). */
  maxDigits: number;
  invalid: boolean;
  describedBy?: string;
  disabled?: boolean;
  /** The number typed, NaN when it is not one in the locale's writing. */
  onValue: (value: number) => void;
}

/**
 * A number field that reads and writes numbers the locale's way ("11,5" in Spanish), not the
 * browser's `type=number` (whose parsing follows the browser's language, not the rep's). What the
 * rep types stays as typed; the value follows it.
 */
export function NumberField({ id, label, value, locale, maxDigits, invalid, describedBy, disabled, onValue }: Props) {
  const [text, setText] = useState(() => formatInputNumber(value, locale, maxDigits));
  // A value changed from outside (not by typing here) is written anew.
  useEffect(() => {
    if (!Object.is(parseLocaleNumber(text, locale), value) && Number.isFinite(value)) setText(formatInputNumber(value, locale, maxDigits));
  }, [value]);
  return (
    <input
      id={id}
      class={`slds-input oo-input${invalid ? ' oo-input_invalid' : ''}`}
      type="text"
      inputMode={maxDigits > 0 ? 'decimal' : 'numeric'}
      autoComplete="off"
      aria-label={label}
      value={text}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      disabled={disabled}
      onInput={(e) => {
        setText(e.currentTarget.value);
        onValue(parseLocaleNumber(e.currentTarget.value, locale));
      }}
    />
  );
}
