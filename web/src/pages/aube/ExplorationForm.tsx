import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { PersonalValue, StartExplorationMutation, WorkEnvironment } from '../../__generated__/graphql';
import { problemOf } from '../../errors/problem';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { useFormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { parseSkills, validateExploration, type ExplorationErrors } from './inputs';
import { ENVIRONMENT_OPTIONS, VALUE_OPTIONS } from './labels';
import { OccupationSearch, type ChosenOccupation } from './OccupationSearch';

// The visitor id and the campaign are added by apollo/utm-link.ts, for the funnel.
const StartExplorationMutation = graphql(`
  mutation StartExploration($input: StartExplorationInput!) {
    startExploration(input: $input) {
      id
      saved
      ...ExplorationResult_exploration
    }
  }
`);

export type StartedExploration = StartExplorationMutation['startExploration'];

const checked = <T extends string>(form: FormData, name: string) => form.getAll(name).map(String) as T[];

/** The inputs of an exploration (DOMAIN.md): the job, experience, skills, values and environments. */
export function ExplorationForm({ onResult }: { onResult: (exploration: StartedExploration) => void }) {
  const [start, { loading }] = useMutation(StartExplorationMutation);
  const [occupation, setOccupation] = useState<ChosenOccupation>();
  const [errors, setErrors] = useState<ExplorationErrors>({});
  const formAlert = useFormAlert();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const yearsOfExperience = String(form.get('yearsOfExperience') ?? '');
    const skills = parseSkills(String(form.get('skills') ?? ''));
    const found = validateExploration({ occupationCode: occupation?.code, yearsOfExperience, skills });
    setErrors(found);
    if (!occupation || Object.keys(found).length > 0) {
      formAlert.show('Le formulaire contient des erreurs. Corrigez les champs indiqués.');
      return;
    }
    try {
      const { data } = await start({
        variables: {
          input: {
            occupationCode: occupation.code,
            yearsOfExperience: Number(yearsOfExperience),
            skills,
            values: checked<PersonalValue>(form, 'values'),
            environments: checked<WorkEnvironment>(form, 'environments'),
          },
        },
      });
      if (data) onResult(data.startExploration);
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return (
    <form className="card exploration-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="exploration-form-title">
      <h2 id="exploration-form-title">Votre situation</h2>
      {formAlert.element}
      <OccupationSearch value={occupation} onChange={setOccupation} error={errors.occupation} />
      <TextField
        label="Années d’expérience dans ce métier"
        name="yearsOfExperience"
        type="number"
        inputMode="numeric"
        min={0}
        max={60}
        step={1}
        defaultValue="10"
        required
        error={errors.yearsOfExperience}
      />
      <TextAreaField
        label="Vos compétences transférables (facultatif)"
        name="skills"
        rows={3}
        hint="Une par ligne ou séparées par des virgules, par exemple «&#8239;gestion de projet, relation client&#8239;». 30 au plus."
        error={errors.skills}
      />
      <CheckboxGroup legend="Ce qui compte pour vous au travail (facultatif)" name="values" options={VALUE_OPTIONS} />
      <CheckboxGroup legend="Les environnements de travail que vous préférez (facultatif)" name="environments" options={ENVIRONMENT_OPTIONS} />
      <button type="submit" className="button button--large" aria-disabled={loading}>
        {loading ? 'Calcul en cours…' : 'Calculer mon score de résilience'}
      </button>
    </form>
  );
}
