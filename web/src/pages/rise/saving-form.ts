import { useState, type FormEvent } from 'react';
import { problemOf } from '../../errors/problem';
import { useFormAlert } from '../../ui/FormAlert';

interface SavingFormOptions<Input extends object> {
  /** True while a save is in flight: a second submit is ignored. */
  busy: boolean;
  /** Reads the submitted fields: the input to save, or a string that says why they are refused. */
  read: (fields: FormData) => Input | string;
  save: (input: Input) => Promise<unknown>;
}

/**
 * A Rise form that saves what it reads: refused fields and failed saves are shown in its alert;
 * once saved it is cleared and `saved` confirms it until the next submit.
 */
export function useSavingForm<Input extends object>({ busy, read, save }: SavingFormOptions<Input>) {
  const [saved, setSaved] = useState(false);
  const formAlert = useFormAlert();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const formElement = event.currentTarget;
    const input = read(new FormData(formElement));
    if (typeof input === 'string') return formAlert.show(input);
    setSaved(false);
    try {
      await save(input);
      formElement.reset();
      setSaved(true);
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return { onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event), alert: formAlert.element, saved };
}
