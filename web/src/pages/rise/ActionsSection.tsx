import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { appendToUserList } from '../../apollo/cache-lists';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CompletableItem } from './CompletableItem';
import { useSavingForm } from './saving-form';

const ActionsSectionFragment = graphql(`
  fragment ActionsSection_user on User {
    id
    dailyActions {
      id
      title
      day
      done
      goal {
        id
        title
      }
    }
    goals {
      id
      title
      completedAt
    }
  }
`);

const PlanActionMutation = graphql(`
  mutation PlanAction($input: PlanActionInput!) {
    planAction(input: $input) {
      id
      title
      day
      done
      goal {
        id
        title
      }
    }
  }
`);

const CompleteActionMutation = graphql(`
  mutation CompleteAction($actionId: ID!) {
    completeAction(actionId: $actionId) {
      id
      done
      completedAt
    }
  }
`);

/** Today's small actions (kaizen): one step a day keeps the change going. */
export function ActionsSection(props: { user: FragmentType<typeof ActionsSectionFragment> }) {
  const { id: userId, dailyActions, goals } = useFragment(ActionsSectionFragment, props.user);
  const id = useId();
  const done = dailyActions.filter((action) => action.done).length;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mes petits pas du jour</h2>
      {dailyActions.length === 0 ? (
        <p>Rien de prévu aujourd’hui. Une action de dix minutes suffit&nbsp;: relancer un contact, lire une fiche métier…</p>
      ) : (
        <>
          <p className="muted">
            {done} sur {dailyActions.length} faite{done > 1 ? 's' : ''}.
          </p>
          <ul className="plain-list actions-list">
            {dailyActions.map((action) => (
              <DailyAction key={action.id} action={action} />
            ))}
          </ul>
        </>
      )}
      <ActionForm userId={userId} goals={goals.filter((goal) => !goal.completedAt)} />
    </section>
  );
}

function DailyAction({ action }: { action: { id: string; title: string; done: boolean; goal?: { title: string } | null } }) {
  const [complete, { loading, error }] = useMutation(CompleteActionMutation);
  return (
    <CompletableItem done={action.done} complete={() => complete({ variables: { actionId: action.id } })} saving={loading} error={error}>
      {action.title}
      {action.goal && <span className="muted"> — pour «&#8239;{action.goal.title}&#8239;»</span>}
    </CompletableItem>
  );
}

function ActionForm({ userId, goals }: { userId: string; goals: readonly { id: string; title: string }[] }) {
  const [plan, { loading }] = useMutation(PlanActionMutation, {
    update(cache, { data }) {
      // Planned for today (the default day), so it belongs to today's list.
      if (data) appendToUserList(cache, userId, 'dailyActions', data.planAction);
    },
  });
  const form = useSavingForm({
    busy: loading,
    read: (fields) => {
      const title = String(fields.get('title') ?? '').trim();
      const goalId = String(fields.get('goalId') ?? '');
      if (!title || [...title].length > 200) return 'Décrivez l’action en 1 à 200\u00a0caractères.';
      return { title, ...(goalId ? { goalId } : {}) };
    },
    save: (input) => plan({ variables: { input } }),
  });

  return (
    <form className="rise-form" noValidate onSubmit={form.onSubmit}>
      <h3>Prévoir une action pour aujourd’hui</h3>
      {form.alert}
      <div className="form-row">
        <TextField label="Action" name="title" required maxLength={200} />
        {goals.length > 0 && (
          <SelectField label="Objectif lié (facultatif)" name="goalId" options={[{ value: '', label: 'Aucun' }, ...goals.map((goal) => ({ value: goal.id, label: goal.title }))]} />
        )}
      </div>
      <button type="submit" className="button button--secondary" aria-disabled={loading}>
        {loading ? 'Enregistrement…' : 'Ajouter cette action'}
      </button>
      <p className="status-text--success" role="status">
        {form.saved ? 'Action ajoutée.' : ''}
      </p>
    </form>
  );
}
