import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { ConsentHistory } from './ConsentHistory';
import { ConsentSwitch } from './ConsentSwitch';
import { CONSENT_PURPOSES, CONSENT_TEXT_VERSION } from './labels';

const ConsentSettingsFragment = graphql(`
  fragment ConsentSettings_user on User {
    id
    consents {
      purpose
      granted
      textVersion
      updatedAt
    }
    ...ConsentHistory_user
  }
`);

/** Every purpose the person can decide on; one not decided yet is shown as refused, as the API treats it. */
export function ConsentSettings(props: { user: FragmentType<typeof ConsentSettingsFragment> }) {
  const user = useFragment(ConsentSettingsFragment, props.user);
  const decisions = new Map(user.consents.map((consent) => [consent.purpose, consent]));
  return (
    <section className="card" aria-labelledby="consents-title">
      <h2 id="consents-title">Vos consentements</h2>
      <p className="card__intro">
        Vous pouvez changer d’avis à tout moment&nbsp;; chaque décision est enregistrée avec sa date et la version du texte que vous avez lu.
      </p>
      <p className="consent-version">Textes des consentements&nbsp;: version {CONSENT_TEXT_VERSION}.</p>
      <ul className="consents">
        {CONSENT_PURPOSES.map((purpose) => (
          <ConsentSwitch key={purpose.purpose} purpose={purpose} decision={decisions.get(purpose.purpose)} />
        ))}
      </ul>
      <ConsentHistory user={user} />
    </section>
  );
}
