import { Link } from 'react-router';
import { paths } from '../app/paths';
import { quotaExhausted, quotaReset, quotaSummary, type Quota, type QuotaNoun } from './quota';
import './quota.css';

/** A plan quota as a meter and a sentence, with the way to more when it is used up. */
export function QuotaMeter({ label, quota, noun }: { label: string; quota: Quota; noun: QuotaNoun }) {
  const reset = quotaReset(quota);
  const exhausted = quotaExhausted(quota);
  return (
    <div className={`quota${exhausted ? ' quota--exhausted' : ''}`}>
      <p className="quota__label">{label}</p>
      {quota.limit != null && (
        <meter className="quota__meter" min={0} max={quota.limit} low={quota.limit * 0.67} high={quota.limit * 0.99} optimum={0} value={quota.used} aria-label={label}>
          {quota.used} sur {quota.limit}
        </meter>
      )}
      <p className="quota__text">
        {quotaSummary(quota, noun)} {quota.limit != null && reset}
      </p>
      {exhausted && (
        <p className="quota__more">
          <Link to={paths.pricing}>Passer à une offre supérieure</Link> pour continuer sans attendre.
        </p>
      )}
    </div>
  );
}
