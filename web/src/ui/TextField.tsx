import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldShell } from './FieldShell';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  label: string;
  hint?: string;
  error?: string;
  /** Rendered right after the input, e.g. a button that reveals a password. */
  after?: ReactNode;
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({ label, hint, error, after, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input className="field__input" {...control} {...input} />
          {after}
        </>
      )}
    </FieldShell>
  );
}
