import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { formatDate, formatDateTime } from '../../format/format';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorState } from '../../ui/ErrorState';
import { useFormAlert } from '../../ui/FormAlert';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { API_KEY_STATUS_LABELS } from './labels';
import { RequireAdmin } from './RequireAdmin';
import './admin.css';

const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow_key on ApiKey {
    id
    partner
    name
    prefix
    scopes
    costLimit
    rateLimit
    expiresAt
    lastUsedAt
    createdAt
    revokedAt
    status
  }
`);

const AdminApiKeysQuery = graphql(`
  query AdminApiKeys {
    apiKeys(includeRevoked: true) {
      id
      ...ApiKeyRow_key
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        partner
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      ...ApiKeyRow_key
    }
  }
`);

const RotateApiKeyMutation = graphql(`
  mutation RotateApiKey($id: ID!, $graceSeconds: Int) {
    rotateApiKey(id: $id, graceSeconds: $graceSeconds) {
      secret
      apiKey {
        id
        name
        partner
      }
    }
  }
`);

const SCOPE_OPTIONS = ['accounts', 'aube', 'letters', 'rise', 'events'].map((subgraph) => ({ value: `partner:${subgraph}.read`, label: `partner:${subgraph}.read` }));

interface Secret {
  secret: string;
  name: string;
  partner: string;
}

/** Admins: partner API keys. A key's secret is shown once, when it is created or rotated. */
export function ApiKeysPage() {
  return (
    <div className="admin">
      <PageHeading title="Clés API des partenaires" />
      <p className="page-intro">
        Un partenaire (France Travail…) lit, avec sa clé, les seules données que ses droits permettent, et seulement pour les personnes qui ont
        consenti au partage avec lui. <Link to={paths.admin}>Retour au tableau de bord</Link>
      </p>
      <RequireAdmin>
        <ApiKeys />
      </RequireAdmin>
    </div>
  );
}

function ApiKeys() {
  const { data, loading, error, refetch } = useQuery(AdminApiKeysQuery, { fetchPolicy: 'cache-and-network' });
  const [secret, setSecret] = useState<Secret>();
  const onSecret = (created: Secret) => {
    setSecret(created);
    void refetch();
  };
  return (
    <div className="stack">
      {secret && <SecretNotice secret={secret} onDismiss={() => setSecret(undefined)} />}
      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title">Clés</h2>
        {loading && !data ? (
          <Loading label="Chargement des clés…" />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : data?.apiKeys.length ? (
          <div className="table-scroll">
            <table className="data-table api-keys">
              <caption className="visually-hidden">Clés API, les plus récentes d’abord</caption>
              <thead>
                <tr>
                  <th scope="col">Clé</th>
                  <th scope="col">Partenaire et droits</th>
                  <th scope="col">État</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.apiKeys.map((key) => (
                  <ApiKeyRow key={key.id} apiKey={key} onSecret={onSecret} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Aucune clé pour l’instant.</p>
        )}
      </section>
      <CreateKeyForm onSecret={onSecret} />
    </div>
  );
}

function SecretNotice({ secret, onDismiss }: { secret: Secret; onDismiss: () => void }) {
  const [copied, setCopied] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);
  // The form was at the bottom of the page: bring the person to the secret they must copy now.
  useEffect(() => ref.current?.focus(), [secret]);
  return (
    <div ref={ref} className="secret" role="alert" tabIndex={-1}>
      <p>
        <strong>
          Clé «&#8239;{secret.name}&#8239;» pour {secret.partner}
        </strong>
        &nbsp;: copiez-la maintenant, elle ne sera plus jamais affichée.
      </p>
      <code>{secret.secret}</code>
      <div className="actions">
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void navigator.clipboard.writeText(secret.secret).then(
              () => setCopied('Clé copiée.'),
              () => setCopied('Copie impossible\u00a0: sélectionnez la clé puis copiez-la.'),
            )
          }
        >
          Copier la clé
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          J’ai copié la clé
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}

function ApiKeyRow(props: { apiKey: FragmentType<typeof ApiKeyRowFragment>; onSecret: (secret: Secret) => void }) {
  const key = useFragment(ApiKeyRowFragment, props.apiKey);
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation);
  const [rotate, rotating] = useMutation(RotateApiKeyMutation);
  const [failure, setFailure] = useState<string>();
  const busy = revoking.loading || rotating.loading;

  async function act(action: 'revoke' | 'rotate') {
    setFailure(undefined);
    const label = `${key.name} (${key.prefix}…)`;
    if (action === 'revoke' && !window.confirm(`Révoquer la clé ${label} ? Le partenaire perdra l’accès immédiatement.`)) return;
    try {
      if (action === 'revoke') await revoke({ variables: { id: key.id } });
      else {
        const { data } = await rotate({ variables: { id: key.id, graceSeconds: 86_400 } });
        if (data) props.onSecret({ secret: data.rotateApiKey.secret, name: data.rotateApiKey.apiKey.name, partner: data.rotateApiKey.apiKey.partner });
      }
    } catch (error) {
      setFailure(problemOf(error).message);
    }
  }

  return (
    <tr>
      <th scope="row">
        {key.name}
        <br />
        <code>{key.prefix}…</code>
      </th>
      <td>
        {key.partner}
        <br />
        <span className="api-keys__scopes">{key.scopes.join(', ')}</span>
      </td>
      <td>
        <span className={`badge ${key.status === 'ACTIVE' ? 'badge--success' : 'badge--muted'}`}>{API_KEY_STATUS_LABELS[key.status] ?? key.status}</span>
      </td>
      <td>
        Créée le {formatDate(key.createdAt)}
        {key.expiresAt && (
          <>
            <br />
            Expire le {formatDate(key.expiresAt)}
          </>
        )}
        <br />
        {key.lastUsedAt ? `Utilisée le ${formatDateTime(key.lastUsedAt)}` : 'Jamais utilisée'}
      </td>
      <td>
        {key.status === 'ACTIVE' && (
          <div className="actions">
            <button type="button" className="button button--secondary button--small" aria-disabled={busy} onClick={() => void (busy || act('rotate'))}>
              Remplacer
            </button>
            <button type="button" className="button button--secondary button--small" aria-disabled={busy} onClick={() => void (busy || act('revoke'))}>
              Révoquer
            </button>
          </div>
        )}
        {failure && (
          <p className="status-text--error" role="alert">
            {failure}
          </p>
        )}
      </td>
    </tr>
  );
}

function CreateKeyForm({ onSecret }: { onSecret: (secret: Secret) => void }) {
  const [create, { loading }] = useMutation(CreateApiKeyMutation);
  const formAlert = useFormAlert();
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const partner = String(form.get('partner') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    const scopes = form.getAll('scopes').map(String);
    const expires = String(form.get('expiresAt') ?? '');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(partner)) return formAlert.show('Le partenaire s’écrit en minuscules, chiffres et tirets, par exemple france-travail.');
    if (!name || name.length > 80) return formAlert.show('Donnez à la clé un nom de 1 à 80\u00a0caractères.');
    if (scopes.length === 0) return formAlert.show('Cochez au moins un droit.');
    try {
      const { data } = await create({
        variables: { input: { partner, name, scopes, ...(expires ? { expiresAt: new Date(`${expires}T23:59:59`).toISOString() } : {}) } },
      });
      if (!data) return;
      formElement.reset();
      onSecret({ secret: data.createApiKey.secret, name: data.createApiKey.apiKey.name, partner: data.createApiKey.apiKey.partner });
    } catch (error) {
      formAlert.show(problemOf(error).message);
    }
  }

  return (
    <form className="card" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={id}>
      <h2 id={id}>Nouvelle clé</h2>
      {formAlert.element}
      <div className="form-row">
        <TextField label="Partenaire" name="partner" required hint="Son identifiant, par exemple france-travail." />
        <TextField label="Nom de la clé" name="name" required maxLength={80} hint="Pour la reconnaître, par exemple «&#8239;Import de production&#8239;»." />
      </div>
      <CheckboxGroup legend="Droits" name="scopes" options={SCOPE_OPTIONS} defaultChecked={['partner:aube.read']} />
      <TextField label="Date d’expiration (facultatif)" name="expiresAt" type="date" hint="Deux ans au plus. Sans date, la clé n’expire pas." />
      <button type="submit" className="button" aria-disabled={loading}>
        {loading ? 'Création…' : 'Créer la clé'}
      </button>
    </form>
  );
}
