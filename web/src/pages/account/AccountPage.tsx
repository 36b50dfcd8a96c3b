import { RequireSession } from '../../session/RequireSession';
import { PageHeading } from '../../ui/PageHeading';
import { AccountDetails } from './AccountDetails';
import './account.css';

export function AccountPage() {
  return (
    <div className="account">
      <PageHeading title="Mon compte" />
      <RequireSession>
        <AccountDetails />
      </RequireSession>
    </div>
  );
}
