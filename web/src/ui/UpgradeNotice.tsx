import { Link } from 'react-router';
import { paths } from '../app/paths';
import './upgrade.css';

/**
 * What a FREE user sees where a premium feature would be: what it does, and the way to it.
 * `announce` makes it an alert, for when it answers the person's own click.
 */
export function UpgradeNotice({ feature, description, announce = false }: { feature: string; description?: string; announce?: boolean }) {
  return (
    <div className="upgrade" role={announce ? 'alert' : undefined}>
      <p className="upgrade__title">
        <span className="badge badge--premium">Premium</span> {feature}&nbsp;: disponible avec les offres Premium et Premium Plus.
      </p>
      {description && <p>{description}</p>}
      <Link to={paths.pricing} className="button button--small">
        Découvrir les offres Premium
      </Link>
    </div>
  );
}
