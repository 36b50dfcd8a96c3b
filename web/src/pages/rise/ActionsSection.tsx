import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { appendToUserList } from '../../apollo/cache-lists';
import { useFormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

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
  const [pending, setPending] = useState(false);
  const [complete, { loading, error }] = useMutation(CompleteActionMutation);
  return (
    <li>
      <label className="choice">
        <input
          type="checkbox"
          checked={action.done || pending}
          disabled={action.done}
          aria-busy={loading || undefined}
          onChange={() => {
            // Ticked at once; unticked again if the server refuses.
            setPending(true);
            void complete({ variables: { actionId: action.id } }).catch(() => setPending(false));
          }}
        />
        <span>
          {action.title}
          {action.goal && <span className="muted"> — pour «&#8239;{action.goal.title}&#8239;»</span>}
        </span>
      </label>
      {error && (
        <p className="status-text--error" role="alert">
          {problemOf(error).message}
        </p>
      )}
    </li>
  );
}

function ActionForm({ userId, goals }: { userId: string; goals: readonly { id: string; title: string }[] }) {
  const [plan, { loading }] = useMutation(PlanActionMutation, {
    update(cache, { data }) {
      // Planned for today (the default day), so it belongs to today's list.
      if (data) appendToUserList(cache, userId, 'dailyActions', data.planAction);
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
    const goalId = String(form.get('goalId') ?? '');
    if (!title || [...title].length > 200) return formAlert.show('Décrivez l’action en 1 à 200\u00a0caractères.');
    setSaved(false);
    try {
      await plan({ variables: { input: { title, ...(goalId ? { goalId } : {}) } } });
      formElement.reset();
      setSaved(true);
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return (
    <form className="rise-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>Prévoir une action pour aujourd’hui</h3>
      {formAlert.element}
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
        {saved ? 'Action ajoutée.' : ''}
      </p>
    </form>
  );
}
