import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { ConsentSettings } from './ConsentSettings';
import { DataExportCard } from './DataExportCard';
import { DeleteAccountCard } from './DeleteAccountCard';
import { ProfileCard } from './ProfileCard';
import { SignOutButton } from './SignOutButton';
import { SubscriptionCard } from './SubscriptionCard';

const AccountPageQuery = graphql(`
  query AccountPage {
    me {
      id
      ...ProfileCard_user
      ...SubscriptionCard_user
      ...ConsentSettings_user
    }
  }
`);

export function AccountDetails() {
  // `me` spans accounts and billing: if billing fails, the profile and consents still show.
  const { data, error, loading, refetch } = useQuery(AccountPageQuery, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Chargement de votre compte…" />;
  if (!data?.me) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <EmptyState title="Aucun compte à afficher">
        <p>
          Votre session n’est plus active. <Link to={paths.signIn}>Connectez-vous</Link> pour retrouver votre compte.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      {error && (
        <p className="account__partial" role="status">
          Certaines informations n’ont pas pu être chargées&nbsp;: {problemOf(error).message}
        </p>
      )}
      <div className="account__grid">
        <ProfileCard user={data.me} />
        <SubscriptionCard user={data.me} />
      </div>
      <ConsentSettings user={data.me} />
      <SignOutButton />
      <div className="account__sections">
        <DataExportCard />
        <DeleteAccountCard />
      </div>
    </>
  );
}
