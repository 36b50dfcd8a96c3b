import { lazy, Suspense, useRef, useState } from 'react';
import { useSignedInUser } from '../session/SessionContext';

// The chat is its own chunk, loaded on the first click: the first page load does not pay for it.
const IrisPanel = lazy(() => import('../iris/IrisPanel').then((m) => ({ default: m.IrisPanel })));

/** The Iris button on every page for signed-in people, and the chat panel it opens. */
export function IrisLauncher() {
  const user = useSignedInUser();
  // A new person signing in gets a new chat: the panel is keyed by who is signed in.
  if (!user) return null;
  return <Launcher key={user.id} />;
}

function Launcher() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <>
      {used && (
        <Suspense fallback={<p className="iris-launcher__loading" role="status">Chargement d’Iris…</p>}>
          <IrisPanel open={open} onClose={close} />
        </Suspense>
      )}
      <button
        ref={button}
        type="button"
        className="iris-launcher"
        aria-expanded={open}
        aria-controls={used ? 'iris-panel' : undefined}
        onClick={() => {
          setUsed(true);
          setOpen((value) => !value);
        }}
      >
        {open ? 'Fermer Iris' : 'Demander à Iris'}
      </button>
    </>
  );
}
