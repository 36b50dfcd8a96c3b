import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDay, formatPercent, localDay } from '../../format/format';
import { prependToUserList } from '../../apollo/cache-lists';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { CompletableItem } from './CompletableItem';
import { useSavingForm } from './saving-form';

// Both the list and the new goal the form adds to it read this, so the goal carries all the list shows.
const GoalItemFragment = graphql(`
  fragment GoalItem_goal on Goal {
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
`);

const GoalsSectionFragment = graphql(`
  fragment GoalsSection_user on User {
    id
    goals {
      id
      ...GoalItem_goal
    }
  }
`);

const SetGoalMutation = graphql(`
  mutation SetGoal($input: SetGoalInput!) {
    setGoal(input: $input) {
      id
      ...GoalItem_goal
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
            <GoalItem key={goal.id} goal={goal} />
          ))}
        </ul>
      )}
      <GoalForm userId={userId} />
    </section>
  );
}

function GoalItem(props: { goal: FragmentType<typeof GoalItemFragment> }) {
  const goal = useFragment(GoalItemFragment, props.goal);
  return (
    <li className="goal">
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
  );
}

function Milestone({ milestone }: { milestone: { id: string; title: string; done: boolean } }) {
  const [complete, { loading, error }] = useMutation(CompleteMilestoneMutation);
  return (
    <CompletableItem done={milestone.done} complete={() => complete({ variables: { milestoneId: milestone.id } })} saving={loading} error={error}>
      {milestone.title}
    </CompletableItem>
  );
}

function GoalForm({ userId }: { userId: string }) {
  // The new goal goes first in the user's lists: refetching them would cost the whole goal tree.
  const [setGoal, { loading }] = useMutation(SetGoalMutation, {
    update(cache, { data }) {
      if (data) prependToUserList(cache, userId, 'goals', data.setGoal);
    },
  });
  const form = useSavingForm({
    busy: loading,
    read: (fields) => {
      const title = String(fields.get('title') ?? '').trim();
      const targetDate = String(fields.get('targetDate') ?? '');
      const milestones = String(fields.get('milestones') ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (!title || [...title].length > 200) return 'Donnez à votre objectif un titre de 1 à 200\u00a0caractères.';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(targetDate) || targetDate < localDay()) return 'Choisissez une date cible, aujourd’hui ou plus tard.';
      if (milestones.length > 20) return 'Indiquez au plus 20\u00a0étapes.';
      return { title, targetDate, milestones };
    },
    save: (input) => setGoal({ variables: { input } }),
  });

  return (
    <form className="rise-form" noValidate onSubmit={form.onSubmit}>
      <h3>Nouvel objectif</h3>
      {form.alert}
      <div className="form-row">
        <TextField label="Objectif" name="title" required maxLength={200} />
        <TextField label="Date cible" name="targetDate" type="date" required min={localDay()} />
      </div>
      <TextAreaField label="Étapes (facultatif)" name="milestones" rows={3} hint="Une étape par ligne, 20 au plus." />
      <button type="submit" className="button button--secondary" aria-disabled={loading}>
        {loading ? 'Enregistrement…' : 'Fixer cet objectif'}
      </button>
      <p className="status-text--success" role="status">
        {form.saved ? 'Objectif enregistré.' : ''}
      </p>
    </form>
  );
}
