import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { plural } from '../../format/format';
import { useFormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { longTextError } from './inputs';
import { TONE_LABELS } from './labels';

const LetterTextFragment = graphql(`
  fragment LetterText_letter on Letter {
    id
    text
    tone
    currentVersion
    wordCount
    sections {
      subject
      greeting
      hook
      body
      closing
    }
  }
`);

const EditLetterMutation = graphql(`
  mutation EditLetter($id: ID!, $text: String!) {
    editLetter(id: $id, text: $text) {
      id
      updatedAt
      ...LetterText_letter
      ...LetterVersions_letter
      ...LetterGrounding_letter
    }
  }
`);

/** The letter as it will be read, section by section, and the person's own edits. */
export function LetterText(props: { letter: FragmentType<typeof LetterTextFragment> }) {
  const letter = useFragment(LetterTextFragment, props.letter);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  return (
    <section className="card letter-text" aria-labelledby={`${id}-title`}>
      <div className="letter-text__header">
        <h2 id={`${id}-title`}>Votre lettre</h2>
        <p className="muted">
          Version {letter.currentVersion} · ton {TONE_LABELS[letter.tone].toLowerCase()} · {plural(letter.wordCount, 'mot', 'mots')}
        </p>
      </div>
      {editing ? (
        <EditForm
          id={letter.id}
          text={letter.text}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : (
        <>
          <article className="letter-paper" aria-label="Texte de la lettre">
            {letter.sections.subject && <p className="letter-paper__subject">{subjectLine(letter.sections.subject)}</p>}
            {letter.sections.greeting && <p>{letter.sections.greeting}</p>}
            {letter.sections.hook && <p>{letter.sections.hook}</p>}
            {letter.sections.body.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {letter.sections.closing && <p>{letter.sections.closing}</p>}
            {!letter.sections.hook && letter.sections.body.length === 0 && <p className="letter-paper__raw">{letter.text}</p>}
          </article>
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Modifier le texte
            </button>
          </div>
        </>
      )}
      <p className="status-text--success" role="status">
        {saved ? 'Vos modifications sont enregistrées dans une nouvelle version.' : ''}
      </p>
    </section>
  );
}

function EditForm({ id, text, onDone }: { id: string; text: string; onDone: (saved: boolean) => void }) {
  const [edit, { loading }] = useMutation(EditLetterMutation);
  const [error, setError] = useState<string>();
  const formAlert = useFormAlert();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const value = String(new FormData(event.currentTarget).get('text') ?? '');
    const problem = longTextError(value, 'La lettre');
    setError(problem);
    if (problem) {
      formAlert.show(problem);
      return;
    }
    try {
      await edit({ variables: { id, text: value.trim() } });
      onDone(true);
    } catch (caught) {
      formAlert.show(problemOf(caught).message);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {formAlert.element}
      <TextAreaField label="Texte de la lettre" name="text" rows={18} defaultValue={text} error={error} autoFocus />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? 'Enregistrement…' : 'Enregistrer une nouvelle version'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Annuler
        </button>
      </div>
    </form>
  );
}

/** The subject as a French letter writes it: « Objet : … ». */
function subjectLine(subject: string): string {
  return /^objet\s*:/i.test(subject) ? subject : `Objet\u00a0: ${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
}
