import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { formatDate, formatNumber, formatPercent } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { CohortChart } from './CohortChart';
import { FUNNEL_STEP_LABELS } from './labels';
import { lastDays, periodError, periodInstants, type Period } from './period';
import { RequireAdmin } from './RequireAdmin';
import './admin.css';

const AdminDashboardQuery = graphql(`
  query AdminDashboard($from: DateTime!, $to: DateTime!, $cohortsFrom: DateTime!) {
    funnel(from: $from, to: $to) {
      from
      to
      steps {
        name
        count
        conversionFromPrevious
      }
    }
    cohorts(from: $cohortsFrom, to: $to) {
      period
      size
      retention {
        day
        eligible
        retained
        rate
      }
    }
  }
`);

/** Admins: the product funnel built from the event log, and monthly cohorts' retention. */
export function DashboardPage() {
  return (
    <div className="admin">
      <PageHeading title="Tableau de bord" />
      <p className="page-intro">
        Le parcours visite → score Aube → inscription → lettre → paiement → abonnement, calculé à partir du journal d’événements. Données
        pseudonymes uniquement. <Link to={paths.adminApiKeys}>Gérer les clés API des partenaires</Link>
      </p>
      <RequireAdmin>
        <Dashboard />
      </RequireAdmin>
    </div>
  );
}

function Dashboard() {
  const [period, setPeriod] = useState<Period>(() => lastDays(30));
  const [formError, setFormError] = useState<string>();
  const instants = periodInstants(period);
  const cohortsFrom = periodInstants(lastDays(365, new Date(period.to))).from;
  const { data, loading, error, refetch } = useQuery(AdminDashboardQuery, { variables: { ...instants, cohortsFrom }, fetchPolicy: 'cache-and-network' });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = { from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') };
    const problem = periodError(next);
    setFormError(problem);
    if (!problem) setPeriod(next);
  }

  return (
    <>
      <form className="card period-form" noValidate onSubmit={submit} aria-label="Période">
        <div className="form-row">
          <TextField label="Du" name="from" type="date" defaultValue={period.from} required />
          <TextField label="Au (inclus)" name="to" type="date" defaultValue={period.to} required error={formError} />
        </div>
        <button type="submit" className="button button--secondary">
          Afficher
        </button>
      </form>
      {loading && !data ? (
        <Loading label="Calcul du tunnel de conversion…" />
      ) : error && !data ? (
        <ErrorState error={error} title="Le tableau de bord n’a pas pu être chargé" onRetry={() => void refetch()} />
      ) : data ? (
        <>
          <section className="card" aria-labelledby="funnel-title">
            <h2 id="funnel-title">
              Tunnel de conversion du {formatDate(data.funnel.from)} au {formatDate(new Date(Date.parse(data.funnel.to) - 1).toISOString())}
            </h2>
            {data.funnel.steps.every((step) => step.count === 0) ? (
              <p>Aucune visite enregistrée sur cette période.</p>
            ) : (
              <>
                <FactorBars
                  title="Personnes ayant atteint chaque étape"
                  max={Math.max(1, ...data.funnel.steps.map((step) => step.count))}
                  bars={data.funnel.steps.map((step) => ({
                    key: step.name,
                    label: FUNNEL_STEP_LABELS[step.name] ?? step.name,
                    value: step.count,
                    valueText: `${formatNumber(step.count)}${step.conversionFromPrevious == null ? '' : ` (${formatPercent(step.conversionFromPrevious)})`}`,
                  }))}
                />
                <table className="data-table">
                  <caption className="visually-hidden">Tunnel de conversion</caption>
                  <thead>
                    <tr>
                      <th scope="col">Étape</th>
                      <th scope="col" className="number">
                        Personnes
                      </th>
                      <th scope="col" className="number">
                        Conversion depuis l’étape précédente
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.funnel.steps.map((step) => (
                      <tr key={step.name}>
                        <th scope="row">{FUNNEL_STEP_LABELS[step.name] ?? step.name}</th>
                        <td className="number">{formatNumber(step.count)}</td>
                        <td className="number">{step.conversionFromPrevious == null ? '—' : formatPercent(step.conversionFromPrevious)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <section className="card" aria-labelledby="cohorts-title">
            <h2 id="cohorts-title">Cohortes mensuelles des douze derniers mois</h2>
            {data.cohorts.length === 0 ? (
              <p>Aucune inscription sur cette période.</p>
            ) : (
              <>
                <CohortChart cohorts={data.cohorts} />
                <table className="data-table">
                  <caption className="visually-hidden">Rétention par cohorte</caption>
                  <thead>
                    <tr>
                      <th scope="col">Cohorte</th>
                      <th scope="col" className="number">
                        Inscrits
                      </th>
                      {[30, 60, 90].map((day) => (
                        <th key={day} scope="col" className="number">
                          Actifs à {day}&nbsp;jours
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.cohorts.map((cohort) => (
                      <tr key={cohort.period}>
                        <th scope="row">{cohort.period}</th>
                        <td className="number">{formatNumber(cohort.size)}</td>
                        {[30, 60, 90].map((day) => {
                          const point = cohort.retention.find((candidate) => candidate.day === day);
                          return (
                            <td key={day} className="number">
                              {point?.rate == null ? 'pas encore' : `${formatPercent(point.rate)} (${point.retained}/${point.eligible})`}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
