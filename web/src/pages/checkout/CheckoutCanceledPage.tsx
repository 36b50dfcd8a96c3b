import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../ui/PageHeading';
import './checkout.css';

/** Where Stripe sends the person back when they leave the payment page. */
export function CheckoutCanceledPage() {
  return (
    <div className="checkout">
      <PageHeading title="Paiement annulé" />
      <p>Aucun montant n’a été débité. Vous pouvez reprendre quand vous le souhaitez.</p>
      <Link to={paths.pricing} className="button button--secondary">
        Revoir les offres
      </Link>
    </div>
  );
}
