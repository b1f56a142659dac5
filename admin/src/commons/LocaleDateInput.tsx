import { TextField, type TextFieldProps } from '@mui/material';
import { type ChangeEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatMonth, parseDate, parseMonth } from './dates.ts';

/** A calendar date (YYYY-MM-DD) or a month (YYYY-MM): how each is shown, read back and explained. */
interface Kind {
  iso: RegExp;
  format: (iso: string, locale: string) => string;
  parse: (text: string, locale: string) => string | undefined;
  placeholder: string;
  hint: string;
}
const DATE: Kind = {
  iso: /^\d{4}-\d{2}-\d{2}$/,
  format: formatDate,
  parse: parseDate,
  placeholder: 'ruta.forms.date_placeholder',
  hint: 'ruta.forms.date_hint',
};
const MONTH: Kind = {
  iso: /^\d{4}-\d{2}$/,
  format: formatMonth,
  parse: parseMonth,
  placeholder: 'ruta.forms.month_placeholder',
  hint: 'ruta.forms.month_hint',
};

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/**
 * The text of a date field in the console's language (dd/mm/aaaa in Spanish, yyyy-mm-dd in English),
 * for a value kept in ISO. `emit` turns what was typed into the value: the ISO date, '' when blank,
 * or the caller's choice for unfinished text. The text follows the value when someone else changes it
 * (a reset, a loaded record) and when the language changes; never while the person types.
 */
function useDateText(kind: Kind, value: unknown, emit: (typed: string | undefined, raw: string) => unknown) {
  const [locale] = useLocaleState();
  const shown = (v: unknown) => (typeof v === 'string' && kind.iso.test(v) ? kind.format(v, locale) : typeof v === 'string' ? v : '');
  const [text, setText] = useState(() => shown(value));
  const emitted = useRef<unknown>(value);
  const shownIn = useRef(locale);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` is derived from `locale` and `kind`, which do not change per field
  useEffect(() => {
    if (same(value, emitted.current) && shownIn.current === locale) return;
    emitted.current = value;
    shownIn.current = locale;
    setText(shown(value));
  }, [value, locale]);
  return {
    text,
    locale,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const raw = e.target.value;
      setText(raw);
      emitted.current = emit(kind.parse(raw, locale), raw);
    },
    /** Leaving the field writes the date the usual way (1/3/2024 → 01/03/2024). */
    tidy: () => {
      const iso = kind.parse(text, locale);
      if (iso) setText(kind.format(iso, locale));
    },
  };
}

/** What every date field shows besides its label: the format as placeholder (the hint goes below). */
function useDateSlots(kind: Kind) {
  const translate = useTranslate();
  return {
    placeholder: translate(kind.placeholder),
    slotProps: { inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off', spellCheck: false } },
  } satisfies Partial<TextFieldProps>;
}

export interface LocaleDateInputProps {
  source: string;
  label?: string | false;
  /** Shown under the field; the format hint when absent, nothing when false. */
  helperText?: string | false;
  isRequired?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  resource?: string;
  defaultValue?: string | null;
  className?: string;
  sx?: TextFieldProps['sx'];
  /**
   * What the form holds while the text is not (yet) a date. `'text'` (forms): the text itself, so the
   * form's zod schema shows "not a valid date" on save. `'none'` (list filters): nothing, so a
   * half-typed date never reaches the API.
   */
  unfinished?: 'text' | 'none';
}

const KindInput = ({
  kind,
  label,
  helperText,
  disabled,
  readOnly,
  className,
  sx,
  unfinished = 'text',
  ...options
}: LocaleDateInputProps & { kind: Kind }) => {
  const {
    id,
    field,
    fieldState: { error, invalid },
    isRequired,
  } = useInput({ ...options, format: (v: unknown) => v, parse: (v: unknown) => v });
  const date = useDateText(kind, field.value, (typed, raw) => {
    const next = typed === '' ? null : (typed ?? (unfinished === 'none' ? null : raw.trim()));
    field.onChange(next);
    return next;
  });
  const slots = useDateSlots(kind);
  return (
    <TextField
      {...slots}
      slotProps={{ ...slots.slotProps, htmlInput: { ...slots.slotProps.htmlInput, readOnly } }}
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={date.text}
      onChange={date.onChange}
      onBlur={() => {
        date.tidy();
        field.onBlur();
      }}
      disabled={disabled}
      className={['ra-input', `ra-input-${options.source}`, className].filter(Boolean).join(' ')}
      sx={sx}
      label={
        label === false || label === '' ? null : (
          <FieldTitle label={label} source={options.source} resource={options.resource} isRequired={isRequired} />
        )
      }
      error={invalid}
      helperText={
        helperText === false && !invalid ? null : (
          <InputHelperText error={error?.message} helperText={helperText === undefined ? kind.hint : helperText} />
        )
      }
    />
  );
};

/**
 * A date input that follows the console's language, not the browser's: a text field with the format
 * as placeholder and hint (dd/mm/aaaa), typed with the keyboard, that gives the form an ISO date
 * (YYYY-MM-DD) for the API. It also takes an ISO date (pasted from a sheet) and 8 digits (ddmmaaaa).
 */
export const LocaleDateInput = (props: LocaleDateInputProps) => <KindInput kind={DATE} {...props} />;

/** The same for a month (mm/aaaa in Spanish, yyyy-mm in English), kept as `YYYY-MM`. */
export const LocaleMonthInput = (props: LocaleDateInputProps) => <KindInput kind={MONTH} {...props} />;

/**
 * The date field outside a react-admin form (e.g. a report's period): `value` is an ISO date and
 * `onChange` gets one only once the text is a complete date.
 */
export const LocaleDateTextField = ({
  value,
  onChange,
  label,
  ...props
}: Omit<TextFieldProps, 'value' | 'onChange' | 'label'> & { value: string; onChange: (iso: string) => void; label: ReactNode }) => {
  const [left, setLeft] = useState(false);
  const date = useDateText(DATE, value, (typed) => {
    setLeft(false);
    if (typed) onChange(typed);
    return typed || value;
  });
  const slots = useDateSlots(DATE);
  return (
    <TextField
      {...slots}
      {...props}
      label={label}
      value={date.text}
      onChange={date.onChange}
      onBlur={() => {
        date.tidy();
        setLeft(true);
      }}
      // Marked once the person leaves a field whose text is not a date (the value stays the last good one).
      error={props.error ?? (left && !parseDate(date.text, date.locale))}
    />
  );
};
