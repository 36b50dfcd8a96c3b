import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { useLeaveAndEndSession } from '../../session/leave-and-end-session';
import { useFormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';

const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($confirmEmail: String!) {
    deleteMyAccount(confirmEmail: $confirmEmail)
  }
`);

const EMPTY_CONFIRMATION = 'Saisissez l’adresse e-mail de votre compte pour confirmer la suppression.';

/** Right to erasure: the person confirms with their email, every service erases their data, and the session ends. */
export function DeleteAccountCard() {
  const [deleteMyAccount, { loading }] = useMutation(DeleteMyAccountMutation, { fetchPolicy: 'no-cache' });
  const leaveAndEndSession = useLeaveAndEndSession();
  const [fieldError, setFieldError] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const formAlert = useFormAlert();
  const busy = loading || leaving;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const confirmEmail = String(new FormData(event.currentTarget).get('confirmEmail')).trim();
    if (!confirmEmail) {
      setFieldError(EMPTY_CONFIRMATION);
      formAlert.show(EMPTY_CONFIRMATION);
      return;
    }
    setFieldError(undefined);
    try {
      await deleteMyAccount({ variables: { confirmEmail } });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'BAD_USER_INPUT' && problem.field === 'confirmEmail') {
        setFieldError(problem.message);
        formAlert.show('Votre compte n’a pas été supprimé. Corrigez l’adresse e-mail indiquée.');
      } else {
        formAlert.show(`Votre compte n’a pas été supprimé. ${problem.message}`);
      }
      return;
    }
    setLeaving(true);
    leaveAndEndSession('accountDeleted');
  }

  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Supprimer mon compte</h2>
      <p>Supprimer votre compte efface ce que Phoenix sait de vous&nbsp;:</p>
      <ul className="danger-zone__consequences">
        <li>chaque service (compte, Aube, Lettres, Rise, Iris, facturation, agents IA) efface vos données&nbsp;; seules restent des statistiques qui ne permettent pas de vous identifier&nbsp;;</li>
        <li>votre abonnement payant, si vous en avez un, est résilié et ne sera plus prélevé&nbsp;;</li>
        <li>vous êtes déconnecté de tous vos appareils.</li>
      </ul>
      <p className="danger-zone__warning">
        C’est définitif&nbsp;: votre compte ne pourra pas être récupéré. Pensez à exporter vos données avant de le supprimer.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {formAlert.element}
        <TextField
          label="Pour confirmer, saisissez l’adresse e-mail de votre compte"
          hint="Celle avec laquelle vous vous connectez, indiquée dans votre profil."
          name="confirmEmail"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          required
          error={fieldError}
        />
        <button type="submit" className="button button--danger" aria-disabled={busy}>
          {busy ? 'Suppression en cours…' : 'Supprimer définitivement mon compte'}
        </button>
      </form>
    </section>
  );
}
