import { Link } from 'react-router';
import type { Tier } from '../../__generated__/graphql';
import { paths } from '../../app/paths';
import { useSession } from '../../session/SessionContext';
import { CheckoutButton } from './CheckoutButton';

/** What a person can do with a plan: it is theirs already, they can start free, or they can subscribe. */
export function PlanAction({ tier, paid, name }: { tier: Tier; paid: boolean; name: string }) {
  const session = useSession();
  if (session.status === 'signedIn' && session.user.tier === tier) {
    return <p className="plan__current">Votre offre actuelle</p>;
  }
  if (!paid) {
    if (session.status === 'signedIn') return null;
    return (
      <Link to={paths.signUp} className="button button--secondary plan__action">
        Commencer gratuitement
      </Link>
    );
  }
  return <CheckoutButton tier={tier} name={name} />;
}
