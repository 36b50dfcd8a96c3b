import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { Tier } from '../../__generated__/graphql';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { useSession } from '../../session/SessionContext';

const StartCheckoutMutation = graphql(`
  mutation StartCheckout($plan: Tier!) {
    startCheckout(plan: $plan) {
      url
    }
  }
`);

/** Subscribing: opens billing's Stripe Checkout for the plan, after signing in if needed. */
export function CheckoutButton({ tier, name }: { tier: Tier; name: string }) {
  const session = useSession();
  const noteId = useId();
  const [startCheckout, { loading }] = useMutation(StartCheckoutMutation);
  const [failure, setFailure] = useState<string>();
  const [leaving, setLeaving] = useState(false);

  if (session.status !== 'signedIn') {
    const search = new URLSearchParams({ retour: paths.pricing }).toString();
    return (
      <div className="plan__action">
        <Link to={{ pathname: paths.signUp, search }} className="button" aria-describedby={noteId}>
          Choisir {name}
        </Link>
        <p id={noteId} className="plan__note">
          Créez votre compte ou <Link to={{ pathname: paths.signIn, search }}>connectez-vous</Link> pour vous abonner.
        </p>
      </div>
    );
  }

  async function checkout() {
    setFailure(undefined);
    try {
      const { data } = await startCheckout({ variables: { plan: tier } });
      const url = data ? new URL(data.startCheckout.url) : undefined;
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error('unexpected checkout URL');
      setLeaving(true);
      window.location.assign(url.href);
    } catch (error) {
      setFailure(problemOf(error).message);
    }
  }

  const busy = loading || leaving;
  return (
    <div className="plan__action">
      <button type="button" className="button" aria-disabled={busy} onClick={() => void (busy || checkout())}>
        {busy ? 'Redirection vers le paiement…' : `Choisir ${name}`}
      </button>
      {failure ? (
        <p className="plan__error" role="alert">
          {failure}
        </p>
      ) : (
        <p className="plan__note">Paiement sécurisé par Stripe. Résiliable à tout moment.</p>
      )}
    </div>
  );
}
