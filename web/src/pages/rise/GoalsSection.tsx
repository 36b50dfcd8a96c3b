import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { formatDay, formatPercent, localDay } from '../../format/format';
import { prependToUserList } from '../../apollo/cache-lists';
import { useFormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const GoalsSectionFragment = graphql(`
  fragment GoalsSection_user on User {
    id
    goals {
      id
      title
      targetDate
      progress
      completedAt
      milestones {
        id
        title
        position
        done
      }
    }
  }
`);

const SetGoalMutation = graphql(`
  mutation SetGoal($input: SetGoalInput!) {
    setGoal(input: $input) {
      id
      title
      targetDate
      progress
      completedAt
      milestones {
        id
        title
        position
        done
      }
    }
  }
`);

const CompleteMilestoneMutation = graphql(`
  mutation CompleteMilestone($milestoneId: ID!) {
    completeMilestone(milestoneId: $milestoneId) {
      id
      progress
      completedAt
      milestones {
        id
        done
      }
    }
  }
`);

/** Goals of the career change, with their milestones and progress. */
export function GoalsSection(props: { user: FragmentType<typeof GoalsSectionFragment> }) {
  const { id: userId, goals } = useFragment(GoalsSectionFragment, props.user);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mes objectifs</h2>
      {goals.length === 0 ? (
        <p>Aucun objectif pour l’instant. Fixez-en un ci-dessous, découpé en petites étapes.</p>
      ) : (
        <ul className="goals">
          {goals.map((goal) => (
            <li key={goal.id} className="goal">
              <h3 className="goal__title">
                {goal.title} {goal.completedAt && <span className="badge badge--success">atteint</span>}
              </h3>
              <p className="muted">Pour le {formatDay(goal.targetDate)}</p>
              <label className="goal__progress">
                <span>Avancement&nbsp;: {formatPercent(goal.progress)}</span>
                <progress max={1} value={goal.progress}>
                  {formatPercent(goal.progress)}
                </progress>
              </label>
              {goal.milestones.length > 0 && (
                <ul className="plain-list milestones">
                  {[...goal.milestones]
                    .sort((a, b) => a.position - b.position)
                    .map((milestone) => (
                      <Milestone key={milestone.id} milestone={milestone} />
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <GoalForm userId={userId} />
    </section>
  );
}

function Milestone({ milestone }: { milestone: { id: string; title: string; done: boolean } }) {
  const [pending, setPending] = useState(false);
  const [complete, { loading, error }] = useMutation(CompleteMilestoneMutation);
  return (
    <li>
      <label className="choice">
        <input
          type="checkbox"
          checked={milestone.done || pending}
          disabled={milestone.done}
          aria-busy={loading || undefined}
          onChange={() => {
            // Ticked at once; unticked again if the server refuses.
            setPending(true);
            void complete({ variables: { milestoneId: milestone.id } }).catch(() => setPending(false));
          }}
        />
        <span>{milestone.title}</span>
      </label>
      {error && (
        <p className="status-text--error" role="alert">
          {problemOf(error).message}
        </p>
      )}
    </li>
  );
}

function GoalForm({ userId }: { userId: string }) {
  // The new goal goes first in the user's lists: refetching them would cost the whole goal tree.
  const [setGoal, { loading }] = useMutation(SetGoalMutation, {
    update(cache, { data }) {
      if (data) prependToUserList(cache, userId, 'goals', data.setGoal);
    },
  });
  const [saved, setSaved] = useState(false);
  const formAlert = useFormAlert();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get('title') ?? '').trim();
    const targetDate = String(form.get('targetDate') ?? '');
    const milestones = String(form.get('milestones') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (!title || [...title].length > 200) return formAlert.show('Donnez à votre objectif un titre de 1 à 200\u00a0caractères.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(targetDate) || targetDate < localDay()) return formAlert.show('Choisissez une date cible, aujourd’hui ou plus tard.');
    if (milestones.length > 20) return formAlert.show('Indiquez au plus 20\u00a0étapes.');
    setSaved(false);
    try {
      await setGoal({ variables: { input: { title, targetDate, milestones } } });
      formElement.reset();
      setSaved(true);
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return (
    <form className="rise-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>Nouvel objectif</h3>
      {formAlert.element}
      <div className="form-row">
        <TextField label="Objectif" name="title" required maxLength={200} />
        <TextField label="Date cible" name="targetDate" type="date" required min={localDay()} />
      </div>
      <TextAreaField label="Étapes (facultatif)" name="milestones" rows={3} hint="Une étape par ligne, 20 au plus." />
      <button type="submit" className="button button--secondary" aria-disabled={loading}>
        {loading ? 'Enregistrement…' : 'Fixer cet objectif'}
      </button>
      <p className="status-text--success" role="status">
        {saved ? 'Objectif enregistré.' : ''}
      </p>
    </form>
  );
}
