import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__';
import type { GenerateLetterInput, LetterTone } from '../../__generated__/graphql';
import { letterPath, paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { useFormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { parseSkills } from '../aube/inputs';
import { letterFieldOf, validateLetter, type LetterErrors } from './inputs';
import { TONE_OPTIONS } from './labels';

// Letters uses the latest Aube analysis only with the `cross_app_context` consent: the form
// offers it only then, and says where to grant it otherwise.
const LetterAubeContextQuery = graphql(`
  query LetterAubeContext {
    me {
      id
      consents {
        purpose
        granted
      }
      explorations(first: 1) {
        id
        occupation {
          code
          title
        }
        resilience {
          score
          protectiveTasks {
            label
          }
        }
      }
    }
  }
`);

const GenerateLetterMutation = graphql(`
  mutation GenerateLetter($input: GenerateLetterInput!) {
    generateLetter(input: $input) {
      id
    }
  }
`);

/** Writing a new cover letter from the CV and the offer. */
export function LetterForm({ quotaExhausted }: { quotaExhausted: boolean }) {
  const navigate = useNavigate();
  const [generate, { loading, client }] = useMutation(GenerateLetterMutation);
  const [errors, setErrors] = useState<LetterErrors>({});
  const formAlert = useFormAlert();
  const aube = useQuery(LetterAubeContextQuery, { errorPolicy: 'all' });
  const consented = aube.data?.me?.consents.some((consent) => consent.purpose === 'cross_app_context' && consent.granted) ?? false;
  const latest = aube.data?.me?.explorations[0];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const previousDomain = text('previousDomain').trim();
    const newDomain = text('newDomain').trim();
    const careerChange =
      previousDomain || newDomain ? { previousDomain, newDomain, transferableSkills: parseSkills(text('transferableSkills')) } : undefined;
    const values = { cvText: text('cvText'), offerText: text('offerText'), jobTitle: text('jobTitle'), company: text('company'), candidateName: text('candidateName'), careerChange };
    const found = validateLetter(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      formAlert.show('Le formulaire contient des erreurs. Corrigez les champs indiqués.');
      return;
    }
    const input: GenerateLetterInput = {
      cvText: values.cvText.trim(),
      offerText: values.offerText.trim(),
      jobTitle: values.jobTitle.trim(),
      company: values.company.trim(),
      tone: text('tone') as LetterTone,
      ...(values.candidateName.trim() ? { candidateName: values.candidateName.trim() } : {}),
      ...(careerChange ? { careerChange } : {}),
      ...(latest && consented && form.get('useAube') === 'on'
        ? {
            aubeContext: {
              occupationCode: latest.occupation.code,
              occupationTitle: latest.occupation.title,
              resilienceScore: latest.resilience.score,
              skills: latest.resilience.protectiveTasks.slice(0, 10).map((task) => task.label.slice(0, 100)),
            },
          }
        : {}),
    };
    try {
      const { data } = await generate({ variables: { input } });
      if (!data) return;
      // The list and the quota changed: the letters page reads them again next time.
      client.cache.evict({ id: client.cache.identify({ __typename: 'User', id: aube.data?.me?.id }), fieldName: 'letters' });
      client.cache.evict({ id: client.cache.identify({ __typename: 'User', id: aube.data?.me?.id }), fieldName: 'letterQuota' });
      await navigate(letterPath(data.generateLetter.id));
    } catch (error) {
      const problem = problemOf(error);
      const field = letterFieldOf(problem.field);
      if (problem.code === 'BAD_USER_INPUT' && field) setErrors({ [field]: problem.message });
      formAlert.show(problem.message);
    }
  }

  return (
    <form className="card letter-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="letter-form-title">
      <h2 id="letter-form-title">Rédiger une nouvelle lettre</h2>
      {formAlert.element}
      <div className="form-row">
        <TextField label="Intitulé du poste" name="jobTitle" required maxLength={200} error={errors.jobTitle} />
        <TextField label="Entreprise" name="company" required maxLength={200} error={errors.company} autoComplete="organization" />
      </div>
      <SelectField label="Ton de la lettre" name="tone" options={TONE_OPTIONS} defaultValue="FORMEL" />
      <TextAreaField label="Votre CV" name="cvText" rows={8} required hint="Collez le texte de votre CV (50 caractères au moins)." error={errors.cvText} />
      <TextAreaField label="L’offre d’emploi" name="offerText" rows={8} required hint="Collez le texte de l’annonce (50 caractères au moins)." error={errors.offerText} />
      <TextField label="Signature (facultatif)" name="candidateName" maxLength={100} autoComplete="name" error={errors.candidateName} />
      <details className="letter-form__more">
        <summary>Vous changez de métier&#8239;? Précisez votre reconversion</summary>
        <div className="form-row">
          <TextField label="Domaine que vous quittez" name="previousDomain" maxLength={200} error={errors.previousDomain} />
          <TextField label="Domaine que vous visez" name="newDomain" maxLength={200} error={errors.newDomain} />
        </div>
        <TextAreaField
          label="Compétences que vous emportez"
          name="transferableSkills"
          rows={3}
          hint="Une par ligne ou séparées par des virgules, 10 au plus."
          error={errors.transferableSkills}
        />
      </details>
      {latest &&
        (consented ? (
          <label className="choice letter-form__aube">
            <input type="checkbox" name="useAube" defaultChecked />
            <span>
              M’appuyer sur mon dernier diagnostic Aube ({latest.occupation.title}, score {latest.resilience.score}&nbsp;/ 100)
            </span>
          </label>
        ) : (
          <p className="muted">
            Pour que vos lettres s’appuient sur votre diagnostic Aube, activez le «&#8239;contexte partagé entre les services&#8239;» dans{' '}
            <Link to={paths.account}>votre compte</Link>.
          </p>
        ))}
      <button type="submit" className="button button--large" aria-disabled={loading}>
        {loading ? 'Rédaction en cours…' : 'Rédiger ma lettre'}
      </button>
      {quotaExhausted && <p className="muted">Votre quota de lettres de ce mois est atteint&nbsp;: la rédaction sera refusée jusqu’au renouvellement.</p>}
    </form>
  );
}
