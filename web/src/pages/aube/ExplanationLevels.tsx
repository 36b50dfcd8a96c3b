import { useId, useState } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { ExplanationView } from './ExplanationView';
import { EXPLANATION_LEVELS } from './labels';

// The three levels come with the exploration, so switching is instant and works for
// anonymous explorations too (they cannot be fetched again).
const ExplanationLevelsFragment = graphql(`
  fragment ExplanationLevels_resilience on ResilienceAnalysis {
    level1: explanation(level: 1) {
      ...ExplanationView_explanation
    }
    level2: explanation(level: 2) {
      ...ExplanationView_explanation
    }
    level3: explanation(level: 3) {
      ...ExplanationView_explanation
    }
  }
`);

/** The Transparency Engine: the person picks how much detail they want. */
export function ExplanationLevels(props: { resilience: FragmentType<typeof ExplanationLevelsFragment> }) {
  const resilience = useFragment(ExplanationLevelsFragment, props.resilience);
  const [level, setLevel] = useState<1 | 2 | 3>(1);
  const id = useId();
  const explanation = level === 1 ? resilience.level1 : level === 2 ? resilience.level2 : resilience.level3;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Pourquoi ce score&#8239;?</h2>
      <fieldset className="levels">
        <legend className="levels__legend">Niveau de détail</legend>
        {EXPLANATION_LEVELS.map((option) => (
          <label key={option.level} className="levels__option">
            <input
              type="radio"
              name={`${id}-level`}
              value={option.level}
              checked={level === option.level}
              aria-describedby={`${id}-level-${option.level}`}
              onChange={() => setLevel(option.level)}
            />
            <span className="levels__name">
              Niveau {option.level}&nbsp;: {option.label}
            </span>
            <span className="levels__description" id={`${id}-level-${option.level}`}>
              {option.description}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="levels__panel" role="region" aria-label={`Explication de niveau ${level}`}>
        <ExplanationView explanation={explanation} />
      </div>
    </section>
  );
}
