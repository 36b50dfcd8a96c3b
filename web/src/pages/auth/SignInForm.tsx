import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFragment as readFragment } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { SessionPayloadFragment } from '../../session/documents';
import { useFormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { TextField } from '../../ui/TextField';
import { useStartSession } from './use-start-session';
import { validateSignIn, type FieldErrors } from './validation';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...Session_payload
    }
  }
`);

export function SignInForm() {
  // no-cache: the access token belongs to the session's memory store, not to Apollo's cache.
  const [signIn, { loading }] = useMutation(SignInMutation, { fetchPolicy: 'no-cache' });
  const startSession = useStartSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const formAlert = useFormAlert();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email')), password: String(form.get('password')) };
    const found = validateSignIn(input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      formAlert.show('Le formulaire contient des erreurs. Corrigez les champs indiqués.');
      return;
    }
    try {
      const { data } = await signIn({ variables: { input } });
      if (data) await startSession(readFragment(SessionPayloadFragment, data.signIn));
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return (
    <form className="auth__form" noValidate onSubmit={(event) => void submit(event)}>
      {formAlert.element}
      <TextField label="Adresse e-mail" name="email" type="email" inputMode="email" autoComplete="email" required error={errors.email} />
      <PasswordField label="Mot de passe" name="password" autoComplete="current-password" required error={errors.password} />
      <button type="submit" className="button button--large" aria-disabled={loading}>
        {loading ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  );
}
