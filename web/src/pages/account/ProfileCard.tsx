import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDate } from '../../format/format';
import { TIER_LABELS } from './labels';

const ProfileCardFragment = graphql(`
  fragment ProfileCard_user on User {
    email
    displayName
    tier
    createdAt
  }
`);

export function ProfileCard(props: { user: FragmentType<typeof ProfileCardFragment> }) {
  const user = useFragment(ProfileCardFragment, props.user);
  const since = formatDate(user.createdAt);
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Profil</h2>
      <dl className="details">
        <dt>Nom affiché</dt>
        <dd>{user.displayName}</dd>
        <dt>Adresse e-mail</dt>
        <dd>{user.email}</dd>
        <dt>Offre</dt>
        <dd>{TIER_LABELS[user.tier]}</dd>
        {since && (
          <>
            <dt>Date d’inscription</dt>
            <dd>{since}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
