import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatTime } from '../../format/format';
import { Sparkline } from '../../ui/charts/Sparkline';
import type { LatencyHistory } from './health-history';
import { OVERALL_SENTENCES, SERVICE_LABELS, STATUS_LABELS } from './labels';

export const HealthBoardFragment = graphql(`
  fragment HealthBoard_health on SystemHealth {
    status
    checkedAt
    services {
      name
      status
      latencyMs
      checkedAt
    }
  }
`);

/** The overall status, said in words (never by colour alone), and every service's last check. */
export function HealthBoard(props: { health: FragmentType<typeof HealthBoardFragment>; history: LatencyHistory; live: string }) {
  const health = useFragment(HealthBoardFragment, props.health);
  const id = useId();
  const checkedAt = health.checkedAt ? formatTime(health.checkedAt) : undefined;
  return (
    <>
      <div className={`health-overall health-overall--${health.status.toLowerCase()}`}>
        <p className="health-overall__status">
          <StatusIcon status={health.status} /> {OVERALL_SENTENCES[health.status]}
        </p>
        <p className="health-overall__meta">
          {checkedAt ? (
            <>
              Dernière vérification à <time dateTime={health.checkedAt ?? undefined}>{checkedAt}</time>.
            </>
          ) : (
            'Aucune vérification pour l’instant.'
          )}{' '}
          {props.live}
        </p>
      </div>
      <table className="data-table health-table" aria-labelledby={`${id}-caption`}>
        <caption id={`${id}-caption`} className="health-table__caption">
          État de chaque service
        </caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">État</th>
            <th scope="col" className="number">
              Temps de réponse
            </th>
            <th scope="col">Tendance</th>
            <th scope="col">Vérifié à</th>
          </tr>
        </thead>
        <tbody>
          {health.services.map((service) => (
            <tr key={service.name}>
              <th scope="row">{SERVICE_LABELS[service.name] ?? service.name}</th>
              <td>
                <span className={`health-status health-status--${service.status.toLowerCase()}`}>
                  <StatusIcon status={service.status} /> {STATUS_LABELS[service.status]}
                </span>
              </td>
              <td className="number">{service.latencyMs == null ? '—' : `${service.latencyMs}\u00a0ms`}</td>
              <td>
                <Sparkline values={props.history[service.name] ?? []} />
              </td>
              <td>{service.checkedAt ? formatTime(service.checkedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function StatusIcon({ status }: { status: string }) {
  const symbol = status === 'UP' ? '●' : status === 'DEGRADED' ? '▲' : status === 'DOWN' ? '■' : '○';
  return (
    <span className="health-icon" aria-hidden="true">
      {symbol}
    </span>
  );
}
