import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { formatDate } from '../../format/format';
import { CONSENT_TEXT_VERSION, type ConsentPurpose } from './labels';

const SetConsentMutation = graphql(`
  mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {
    setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) {
      id
      ...ConsentSettings_user
    }
  }
`);

interface ConsentSwitchProps {
  purpose: ConsentPurpose;
  decision: { granted: boolean; textVersion: string; updatedAt: string } | undefined;
}

/** One purpose as a switch; the change is saved at once and the answer announced. */
export function ConsentSwitch({ purpose, decision }: ConsentSwitchProps) {
  const id = useId();
  const [setConsent, { loading }] = useMutation(SetConsentMutation);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string }>();
  // Shows the choice at once while it is saved; the server's answer then takes over.
  const [pending, setPending] = useState<boolean>();
  const granted = pending ?? decision?.granted ?? false;
  const updatedAt = decision ? formatDate(decision.updatedAt) : undefined;

  async function toggle(next: boolean) {
    setStatus(undefined);
    setPending(next);
    try {
      await setConsent({ variables: { purpose: purpose.purpose, granted: next, textVersion: CONSENT_TEXT_VERSION } });
      setStatus({ kind: 'saved', message: next ? 'Consentement accordé.' : 'Consentement retiré.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Votre choix n’a pas été enregistré. ${problemOf(error).message}` });
    } finally {
      setPending(undefined);
    }
  }

  return (
    <li className="consent">
      <div className="consent__text">
        <label className="consent__label" htmlFor={id}>
          {purpose.label}
        </label>
        <p className="consent__description" id={`${id}-description`}>
          {purpose.description}
          {updatedAt && decision && (
            <span className="consent__date">
              {' '}
              Dernière décision le {updatedAt}, sur le texte version {decision.textVersion}.
            </span>
          )}
        </p>
        <p className={`consent__status consent__status--${status?.kind ?? 'idle'}`} role="status">
          {status?.message}
        </p>
      </div>
      <input
        id={id}
        className="switch"
        type="checkbox"
        role="switch"
        checked={granted}
        aria-describedby={`${id}-description`}
        aria-busy={loading}
        disabled={loading}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
    </li>
  );
}
