import { RequireSession } from '../../session/RequireSession';
import { PageHeading } from '../../ui/PageHeading';
import { SubscriptionConfirmation } from './SubscriptionConfirmation';
import './checkout.css';

/** Where Stripe sends the person back after paying. */
export function CheckoutConfirmedPage() {
  return (
    <div className="checkout">
      <PageHeading title="Merci pour votre confiance" />
      <RequireSession>
        <SubscriptionConfirmation />
      </RequireSession>
    </div>
  );
}
