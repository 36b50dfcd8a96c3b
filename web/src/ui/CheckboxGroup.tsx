import { useId } from 'react';
import './form.css';

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  name: string;
  options: readonly { value: string; label: string }[];
  /** Values checked when the form first renders. */
  defaultChecked?: readonly string[];
}

/** Several choices under one question: a fieldset whose legend names the group for screen readers. */
export function CheckboxGroup({ legend, hint, name, options, defaultChecked = [] }: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset className="field choices" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ul className="choices__list">
        {options.map((option) => (
          <li key={option.value}>
            <label className="choice">
              <input type="checkbox" name={name} value={option.value} defaultChecked={defaultChecked.includes(option.value)} />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
