import { useEffect, useRef, useState } from 'react';
import './feedback.css';

/**
 * The error of a submitted form. It takes focus when it appears so keyboard and screen
 * reader users land on the explanation instead of staying on the button.
 */
export function FormAlert({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="feedback feedback--error feedback--compact" role="alert" tabIndex={-1}>
      <p>{message}</p>
    </div>
  );
}

/** The form's current alert; each `show` mounts a new one, so the same message is announced again. */
export function useFormAlert() {
  const [alert, setAlert] = useState<{ message: string; id: number }>();
  const show = (message: string) => setAlert((previous) => ({ message, id: (previous?.id ?? 0) + 1 }));
  const element = alert ? <FormAlert key={alert.id} message={alert.message} /> : null;
  return { show, element };
}
