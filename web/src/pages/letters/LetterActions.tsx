import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../__generated__';
import type { LetterExportFormat, LetterTone } from '../../__generated__/graphql';
import { problemOf } from '../../errors/problem';
import { SelectField } from '../../ui/SelectField';
import { decodeBase64 } from './inputs';
import { TONE_OPTIONS } from './labels';

const RegenerateLetterMutation = graphql(`
  mutation RegenerateLetter($id: ID!, $input: RegenerateLetterInput) {
    regenerateLetter(id: $id, input: $input) {
      id
      updatedAt
      ...LetterText_letter
      ...LetterVersions_letter
      ...LetterGrounding_letter
    }
  }
`);

// PDF rendering is the expensive part of a letter: asked for only when the person downloads.
const LetterExportQuery = graphql(`
  query LetterExport($id: ID!, $format: LetterExportFormat!) {
    letter(id: $id) {
      id
      export(format: $format) {
        fileName
        mimeType
        contentBase64
      }
    }
  }
`);

type Status = { kind: 'success' | 'error'; message: string };

/** Rewrite in another tone (counts against the quota) and download the letter. */
export function LetterActions({ id, tone, onQuotaUsed }: { id: string; tone: LetterTone; onQuotaUsed: () => void }) {
  const client = useApolloClient();
  const [regenerate, { loading }] = useMutation(RegenerateLetterMutation);
  const [nextTone, setNextTone] = useState<LetterTone>(tone);
  const [exporting, setExporting] = useState<LetterExportFormat>();
  const [status, setStatus] = useState<Status>();
  const titleId = useId();

  async function rewrite() {
    setStatus(undefined);
    try {
      await regenerate({ variables: { id, input: { tone: nextTone } } });
      onQuotaUsed();
      setStatus({ kind: 'success', message: 'Nouvelle version rédigée.' });
    } catch (error) {
      setStatus({ kind: 'error', message: problemOf(error).message });
    }
  }

  async function download(format: LetterExportFormat) {
    setStatus(undefined);
    setExporting(format);
    try {
      const { data } = await client.query({ query: LetterExportQuery, variables: { id, format }, fetchPolicy: 'no-cache' });
      const file = data?.letter?.export;
      if (!file) throw new Error('no export');
      const url = URL.createObjectURL(new Blob([decodeBase64(file.contentBase64)], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: 'success', message: `${file.fileName} téléchargé.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `Le téléchargement a échoué. ${problemOf(error).message}` });
    } finally {
      setExporting(undefined);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>Réécrire ou télécharger</h2>
      <div className="letter-actions">
        <div className="letter-actions__rewrite">
          <SelectField label="Ton de la nouvelle version" options={TONE_OPTIONS} value={nextTone} onChange={(event) => setNextTone(event.currentTarget.value as LetterTone)} />
          <button type="button" className="button button--secondary" aria-disabled={loading} onClick={() => void (loading || rewrite())}>
            {loading ? 'Rédaction en cours…' : 'Réécrire avec l’IA'}
          </button>
          <p className="muted">Une réécriture compte dans votre quota mensuel, comme une nouvelle lettre.</p>
        </div>
        <div className="actions">
          <button type="button" className="button" aria-disabled={exporting !== undefined} onClick={() => void (exporting || download('PDF'))}>
            {exporting === 'PDF' ? 'Préparation du PDF…' : 'Télécharger en PDF'}
          </button>
          <button type="button" className="button button--secondary" aria-disabled={exporting !== undefined} onClick={() => void (exporting || download('TEXT'))}>
            {exporting === 'TEXT' ? 'Préparation…' : 'Télécharger en texte'}
          </button>
        </div>
      </div>
      <p className={`status-text--${status?.kind ?? 'idle'}`} role="status">
        {status?.message}
      </p>
    </section>
  );
}
