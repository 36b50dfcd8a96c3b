import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { exportDocument, exportFileName } from './data-export';

// The whole document, every section of every service: what the file holds is what the API answered.
const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      userId
      id
      generatedAt
      formatVersion
      schemaUrl
      accounts
      aube
      letters
      rise
      iris
      billing
      agents
    }
  }
`);

type Status = { kind: 'success' | 'error'; message: string };

function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Right of access: a copy of everything Phoenix holds about the person, as one JSON file. */
export function DataExportCard() {
  // no-cache: personal data goes to the file, not into the client's cache.
  const [exportMyData, { loading }] = useMutation(ExportMyDataMutation, { fetchPolicy: 'no-cache' });
  const [status, setStatus] = useState<Status>();

  async function download() {
    setStatus(undefined);
    try {
      const { data } = await exportMyData();
      if (!data) throw new Error('exportMyData returned no data');
      const fileName = exportFileName(data.exportMyData.generatedAt);
      saveFile(fileName, exportDocument(data.exportMyData));
      setStatus({ kind: 'success', message: `Vos données sont téléchargées dans le fichier ${fileName}.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `L’export n’a pas pu être préparé. ${problemOf(error).message}` });
    }
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Exporter mes données</h2>
      <p className="card__intro">
        Un fichier JSON qui rassemble tout ce que Phoenix conserve sur vous&nbsp;: votre compte et vos consentements, vos diagnostics Aube, vos lettres, votre
        journal Rise, vos échanges avec Iris, votre abonnement et le suivi de nos agents IA.
      </p>
      <button type="button" className="button" aria-disabled={loading} onClick={() => void (loading || download())}>
        {loading ? 'Préparation de l’export…' : 'Exporter mes données'}
      </button>
      <p className={`account__status status-text--${status?.kind ?? 'idle'}`} role="status">
        {status?.message}
      </p>
    </section>
  );
}
