import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment as readFragment } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { SessionPayloadFragment } from '../../session/documents';
import { useFormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { TextField } from '../../ui/TextField';
import { useStartSession } from './use-start-session';
import { FIELD_MESSAGES, isAuthField, validateSignUp, type FieldErrors } from './validation';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...Session_payload
    }
  }
`);

export function SignUpForm() {
  // no-cache: the access token belongs to the session's memory store, not to Apollo's cache.
  const [signUp, { loading }] = useMutation(SignUpMutation, { fetchPolicy: 'no-cache' });
  const startSession = useStartSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const formAlert = useFormAlert();
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const values = { displayName: String(form.get('displayName')), email: String(form.get('email')), password: String(form.get('password')) };
    const found = validateSignUp(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      formAlert.show('Le formulaire contient des erreurs. Corrigez les champs indiqués.');
      return;
    }
    // Opt-in: only a box the person ticked grants a purpose.
    const input = { ...values, consents: form.getAll('consents').map(String) };
    try {
      const { data } = await signUp({ variables: { input } });
      if (data) await startSession(readFragment(SessionPayloadFragment, data.signUp));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'EMAIL_TAKEN') setErrors({ email: problem.message });
      else if (problem.code === 'BAD_USER_INPUT' && isAuthField(problem.field)) setErrors({ [problem.field]: FIELD_MESSAGES[problem.field] });
      formAlert.show(problem.message);
    }
  }

  return (
    <form className="auth__form" noValidate onSubmit={(event) => void submit(event)}>
      {formAlert.element}
      <TextField label="Prénom ou pseudonyme" name="displayName" autoComplete="nickname" required maxLength={80} error={errors.displayName} />
      <TextField label="Adresse e-mail" name="email" type="email" inputMode="email" autoComplete="email" required error={errors.email} />
      <PasswordField
        label="Mot de passe"
        name="password"
        autoComplete="new-password"
        required
        hint="De 10 à 256 caractères. Une phrase de passe est plus facile à retenir."
        error={errors.password}
      />
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="consents" value="analytics" aria-describedby={`${id}-analytics`} />
          <span>J’accepte la mesure d’audience (statistiques anonymisées)</span>
        </label>
        <p className="field__hint" id={`${id}-analytics`}>
          Facultatif. Nous comptons les étapes de votre parcours sous un identifiant pseudonyme, sans le contenu de vos échanges. Vous pourrez changer
          d’avis à tout moment dans votre compte.
        </p>
      </div>
      <button type="submit" className="button button--large" aria-disabled={loading}>
        {loading ? 'Création du compte…' : 'Créer mon compte'}
      </button>
    </form>
  );
}
