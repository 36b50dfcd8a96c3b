import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime, formatNumber } from '../../format/format';
import { TrendChart } from '../../ui/charts/TrendChart';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { SCALE_OPTIONS } from './labels';
import { useSavingForm } from './saving-form';

const JournalSectionFragment = graphql(`
  fragment JournalSection_user on User {
    journal(first: 30) {
      id
      mood
      confidence
      notes
      createdAt
    }
    emotionalTrend {
      moodAverage7d
    }
  }
`);

// After a new entry only the journal and the trend change: read them again, not the whole page.
const RiseJournalQuery = graphql(`
  query RiseJournal {
    me {
      id
      ...JournalSection_user
      ...TrendCard_user
    }
  }
`);

const LogMoodMutation = graphql(`
  mutation LogMood($input: LogMoodInput!) {
    logMood(input: $input) {
      id
      mood
      confidence
      createdAt
    }
  }
`);

/** The journal: today's mood and confidence, and how they went lately. */
export function JournalSection(props: { user: FragmentType<typeof JournalSectionFragment> }) {
  const { journal, emotionalTrend } = useFragment(JournalSectionFragment, props.user);
  const [logMood, { loading }] = useMutation(LogMoodMutation, { refetchQueries: [{ query: RiseJournalQuery }], awaitRefetchQueries: true });
  const form = useSavingForm({
    busy: loading,
    read: (fields) => {
      const notes = String(fields.get('notes') ?? '').trim();
      if ([...notes].length > 5000) return 'Vos notes font au plus 5\u202f000\u00a0caractères.';
      return { mood: Number(fields.get('mood')), confidence: Number(fields.get('confidence')), ...(notes ? { notes } : {}) };
    },
    save: (input) => logMood({ variables: { input } }),
  });
  const id = useId();

  const latest = journal[0];
  const summary = latest
    ? `${journal.length} entrée${journal.length > 1 ? 's' : ''}. Dernière humeur ${latest.mood} sur 10 et confiance ${latest.confidence} sur 10, le ${formatDateTime(latest.createdAt)}.${
        emotionalTrend.moodAverage7d != null ? ` Humeur moyenne sur 7 jours\u00a0: ${formatNumber(emotionalTrend.moodAverage7d)} sur 10.` : ''
      }`
    : '';

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mon journal</h2>
      <form className="journal-form" noValidate onSubmit={form.onSubmit}>
        {form.alert}
        <div className="form-row">
          <SelectField label="Mon humeur aujourd’hui (1 à 10)" name="mood" options={SCALE_OPTIONS} defaultValue="6" />
          <SelectField label="Ma confiance dans ma reconversion (1 à 10)" name="confidence" options={SCALE_OPTIONS} defaultValue="6" />
        </div>
        <TextAreaField label="Notes (facultatif)" name="notes" rows={3} maxLength={5000} hint="Vos notes restent privées&nbsp;: elles n’apparaissent dans aucune statistique." />
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? 'Enregistrement…' : 'Enregistrer mon humeur'}
        </button>
        <p className="status-text--success" role="status">
          {form.saved ? 'Entrée enregistrée dans votre journal.' : ''}
        </p>
      </form>
      {journal.length === 0 ? (
        <p>Votre journal est vide. Notez votre humeur quelques jours de suite pour voir apparaître votre courbe.</p>
      ) : (
        <>
          <TrendChart
            title="Humeur et confiance, 30 dernières entrées"
            summary={summary}
            primary={{ name: 'Humeur', points: journal.map((entry) => ({ at: entry.createdAt, value: entry.mood })) }}
            secondary={{ name: 'Confiance', points: journal.map((entry) => ({ at: entry.createdAt, value: entry.confidence })) }}
          />
          <JournalNotes entries={journal} />
        </>
      )}
    </section>
  );
}

function JournalNotes({ entries }: { entries: readonly { id: string; notes?: string | null; createdAt: string }[] }) {
  const withNotes = entries.filter((entry) => entry.notes).slice(0, 5);
  if (withNotes.length === 0) return null;
  return (
    <>
      <h3>Dernières notes</h3>
      <ul className="journal-notes">
        {withNotes.map((entry) => (
          <li key={entry.id}>
            <span className="muted">{formatDateTime(entry.createdAt)}&nbsp;:</span> {entry.notes}
          </li>
        ))}
      </ul>
    </>
  );
}
