export type AuthField = 'displayName' | 'email' | 'password';
export type FieldErrors = Partial<Record<AuthField, string>>;

/** French messages for the inputs the API checks (SignUpInput: email, password 10–256, display name 1–80). */
export const FIELD_MESSAGES: Readonly<Record<AuthField, string>> = {
  displayName: 'Indiquez un prénom ou un pseudonyme de 80\u00a0caractères au plus.',
  email: 'Saisissez une adresse e-mail valide, par exemple nadia@exemple.fr.',
  password: 'Le mot de passe doit contenir de 10 à 256\u00a0caractères.',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const length = (text: string) => [...text.normalize('NFC')].length;

function checkEmail(email: string): string | undefined {
  return EMAIL.test(email.trim()) ? undefined : FIELD_MESSAGES.email;
}

/** Mirrors the server's rules so most mistakes are caught before a round trip; the server stays the judge. */
export function validateSignUp(values: { displayName: string; email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  const displayName = length(values.displayName.trim());
  if (displayName < 1 || displayName > 80) errors.displayName = FIELD_MESSAGES.displayName;
  const email = checkEmail(values.email);
  if (email) errors.email = email;
  const password = length(values.password);
  if (password < 10 || password > 256) errors.password = FIELD_MESSAGES.password;
  return errors;
}

export function validateSignIn(values: { email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  const email = checkEmail(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

export function isAuthField(value: string | undefined): value is AuthField {
  return value === 'displayName' || value === 'email' || value === 'password';
}
