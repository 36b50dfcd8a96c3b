import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { plural } from '../../format/format';

const UpskillingPlanFragment = graphql(`
  fragment UpskillingPlan_exploration on Exploration {
    upskillingPlan {
      id
      skill
      description
      durationHours
      cpfEligible
      reason
    }
  }
`);

/** The AI skills to learn next, how long each takes and whether the CPF can pay for it. */
export function UpskillingPlan(props: { exploration: FragmentType<typeof UpskillingPlanFragment> }) {
  const { upskillingPlan } = useFragment(UpskillingPlanFragment, props.exploration);
  const id = useId();
  const total = upskillingPlan.reduce((sum, step) => sum + step.durationHours, 0);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Votre plan de montée en compétences</h2>
      {upskillingPlan.length === 0 ? (
        <p>Aucune formation n’est proposée pour ce métier pour l’instant.</p>
      ) : (
        <>
          <p className="card__intro">
            {plural(upskillingPlan.length, 'compétence', 'compétences')} à acquérir, environ {plural(total, 'heure', 'heures')} de formation au total.
          </p>
          <ol className="plan-steps">
            {upskillingPlan.map((step) => (
              <li key={step.id} className="plan-step">
                <h3 className="plan-step__title">
                  {step.skill}{' '}
                  {step.cpfEligible ? <span className="badge badge--success">Éligible CPF</span> : <span className="badge badge--muted">Hors CPF</span>}
                </h3>
                <p>{step.description}</p>
                <p className="muted">
                  Durée&nbsp;: {plural(step.durationHours, 'heure', 'heures')}. {step.reason}
                </p>
              </li>
            ))}
          </ol>
          <p className="muted">Vérifiez chaque offre de formation sur moncompteformation.gouv.fr avant de vous inscrire.</p>
        </>
      )}
    </section>
  );
}
