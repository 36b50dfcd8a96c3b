import type { TextareaHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled multi-line input whose hint and error are announced with it. */
export function TextAreaField({ label, hint, error, rows = 6, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => <textarea className="field__input field__input--multiline" rows={rows} {...control} {...textarea} />}
    </FieldShell>
  );
}
