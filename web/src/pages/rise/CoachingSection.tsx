import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime } from '../../format/format';
import { prependToUserList } from '../../apollo/cache-lists';
import { quotaExhausted } from '../../ui/quota';
import { QuotaMeter } from '../../ui/QuotaMeter';
import { TextAreaField } from '../../ui/TextAreaField';
import { HUMAN_HELP_LABELS } from './labels';
import { useSavingForm } from './saving-form';
import { Helplines } from './TrendCard';

// Both the list and the session the form starts read this, so the session carries all the list shows.
const CoachingSessionItemFragment = graphql(`
  fragment CoachingSessionItem_session on CoachingSession {
    id
    status
    message
    reply
    safetyFiltered
    startedAt
    humanHelp {
      reasons
      helplines {
        name
        number
        description
      }
    }
  }
`);

const CoachingSectionFragment = graphql(`
  fragment CoachingSection_user on User {
    id
    coachingQuota {
      used
      limit
      remaining
      resetsAt
    }
    coachingSessions(first: 5) {
      id
      ...CoachingSessionItem_session
    }
  }
`);

const StartCoachingSessionMutation = graphql(`
  mutation StartCoachingSession($input: StartCoachingSessionInput) {
    startCoachingSession(input: $input) {
      id
      ...CoachingSessionItem_session
    }
  }
`);

const RiseCoachingQuotaQuery = graphql(`
  query RiseCoachingQuota {
    me {
      id
      coachingQuota {
        used
        limit
        remaining
        resetsAt
      }
    }
  }
`);

/** Sessions with the AI coach, within the plan's monthly quota. */
export function CoachingSection(props: { user: FragmentType<typeof CoachingSectionFragment> }) {
  const { id: userId, coachingQuota, coachingSessions } = useFragment(CoachingSectionFragment, props.user);
  const [start, { loading }] = useMutation(StartCoachingSessionMutation, {
    update(cache, { data }) {
      if (data) prependToUserList(cache, userId, 'coachingSessions', data.startCoachingSession);
    },
    refetchQueries: [{ query: RiseCoachingQuotaQuery }],
    awaitRefetchQueries: true,
  });
  const form = useSavingForm({
    busy: loading,
    read: (fields) => {
      const message = String(fields.get('message') ?? '').trim();
      if ([...message].length > 2000) return 'Votre message fait au plus 2\u202f000\u00a0caractères.';
      return message ? { message } : {};
    },
    save: (input) => start({ variables: { input } }),
  });
  const id = useId();

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mon coach</h2>
      <QuotaMeter label="Séances de coaching ce mois-ci" quota={coachingQuota} noun={{ one: 'séance', many: 'séances', period: 'ce mois-ci', feminine: true }} />
      <form className="rise-form" noValidate onSubmit={form.onSubmit}>
        {form.alert}
        <TextAreaField
          label="De quoi voulez-vous parler&#8239;? (facultatif)"
          name="message"
          rows={3}
          maxLength={2000}
          hint="Le coach lit aussi votre dernière entrée de journal, votre tendance et vos objectifs."
        />
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? 'Le coach vous répond…' : 'Commencer une séance'}
        </button>
        {quotaExhausted(coachingQuota) && <p className="muted">Vos séances du mois sont utilisées&nbsp;: une nouvelle séance sera refusée jusqu’au renouvellement.</p>}
      </form>
      {coachingSessions.length === 0 ? (
        <p>Aucune séance pour l’instant.</p>
      ) : (
        <ol className="plain-list sessions" aria-label="Vos dernières séances">
          {coachingSessions.map((session) => (
            <CoachingSessionItem key={session.id} session={session} />
          ))}
        </ol>
      )}
      <p className="muted">Le coach est une IA&nbsp;: il ne donne ni avis médical ni diagnostic.</p>
    </section>
  );
}

function CoachingSessionItem(props: { session: FragmentType<typeof CoachingSessionItemFragment> }) {
  const session = useFragment(CoachingSessionItemFragment, props.session);
  return (
    <li className="session">
      <p className="muted">Séance du {formatDateTime(session.startedAt)}</p>
      {session.message && (
        <p className="session__message">
          <span className="visually-hidden">Vous&nbsp;: </span>
          {session.message}
        </p>
      )}
      {session.status === 'FAILED' ? (
        <p className="status-text--error">Le coach n’a pas pu répondre. Cette séance n’a pas été décomptée.</p>
      ) : (
        <p className="session__reply">
          <span className="visually-hidden">Le coach&nbsp;: </span>
          {session.reply ?? 'Réponse en cours de rédaction…'}
        </p>
      )}
      {session.humanHelp && (
        <div className="human-help" role="note">
          <p>
            Nous vous conseillons d’en parler à quelqu’un, car {session.humanHelp.reasons.map((reason) => HUMAN_HELP_LABELS[reason]).join(' et ')}&nbsp;:
          </p>
          <Helplines helplines={session.humanHelp.helplines} />
        </div>
      )}
    </li>
  );
}
