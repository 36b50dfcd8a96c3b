import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatNumber } from '../../format/format';
import { BURNOUT_LABELS, SIGNAL_LABELS } from './labels';

const TrendCardFragment = graphql(`
  fragment TrendCard_user on User {
    emotionalTrend {
      moodAverage7d
      entries7d
      confidenceChange30d
      entries30d
      burnoutRisk
      signals
    }
  }
`);

/** The trend of the person's own journal, with the rule's signals shown, never a diagnosis. */
export function TrendCard(props: { user: FragmentType<typeof TrendCardFragment>; helplines: readonly { name: string; number: string; description: string }[] }) {
  const { emotionalTrend: trend } = useFragment(TrendCardFragment, props.user);
  const id = useId();
  const change = trend.confidenceChange30d;
  return (
    <section className={`card trend${trend.burnoutRisk === 'HIGH' ? ' trend--alert' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Ma tendance</h2>
      <dl className="details details--stacked">
        <dt>Humeur moyenne sur 7&nbsp;jours</dt>
        <dd>{trend.moodAverage7d == null ? 'pas assez d’entrées' : `${formatNumber(trend.moodAverage7d)} / 10 (${trend.entries7d} entrées)`}</dd>
        <dt>Confiance sur 30&nbsp;jours</dt>
        <dd>{change == null ? 'pas assez d’entrées' : `${change >= 0 ? '+' : ''}${formatNumber(change)} point${Math.abs(change) >= 2 ? 's' : ''} en un mois`}</dd>
        <dt>Risque d’épuisement</dt>
        <dd>{BURNOUT_LABELS[trend.burnoutRisk]}</dd>
      </dl>
      {trend.signals.length > 0 && (
        <ul>
          {trend.signals.map((signal) => (
            <li key={signal}>{SIGNAL_LABELS[signal]}</li>
          ))}
        </ul>
      )}
      {trend.burnoutRisk === 'HIGH' && (
        <div className="human-help" role="note">
          <p>
            <strong>Vous n’êtes pas seul·e.</strong> Phoenix n’est pas un service médical. Si vous traversez une période difficile, parlez-en à un
            professionnel ou appelez l’un de ces numéros gratuits&nbsp;:
          </p>
          <Helplines helplines={props.helplines} />
        </div>
      )}
      <p className="muted">Calculé uniquement à partir de votre journal. Ce n’est ni un avis médical ni un diagnostic.</p>
    </section>
  );
}

export function Helplines({ helplines }: { helplines: readonly { name: string; number: string; description: string }[] }) {
  return (
    <ul className="helplines">
      {helplines.map((helpline) => (
        <li key={helpline.number}>
          <a href={`tel:${helpline.number.replace(/\s/g, '')}`}>
            {helpline.name} — {helpline.number}
          </a>{' '}
          <span className="muted">{helpline.description}</span>
        </li>
      ))}
    </ul>
  );
}
