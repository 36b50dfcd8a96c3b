import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatNumber, formatPercent } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';
import { BOTTLENECK_LABELS, CONFIDENCE_LABELS } from './labels';

const ExplanationViewFragment = graphql(`
  fragment ExplanationView_explanation on Explanation {
    level
    summary
    score
    horizon
    nextAction
    factors {
      name
      label
      contribution
      detail
    }
    protectiveTasks {
      label
      exposure
      core
      bottlenecks
    }
    exposedTasks {
      label
      exposure
      core
      bottlenecks
    }
    sources {
      id
      name
      version
      publisher
      licence
      attribution
      url
    }
    confidence
    technical {
      formula
      weights {
        name
        value
        description
      }
      dataVersion
      modelVersion
      limits
      knownBiases
      humanReview
      comparisons
    }
  }
`);

const points = (value: number) => `${value >= 0 ? '+' : ''}${formatNumber(value)}\u00a0pt${Math.abs(value) >= 2 ? 's' : ''}`;

/** One level of the Transparency Engine; what a level does not include comes back empty and is not shown. */
export function ExplanationView(props: { explanation: FragmentType<typeof ExplanationViewFragment> }) {
  const explanation = useFragment(ExplanationViewFragment, props.explanation);
  const technical = explanation.technical;
  const id = useId();
  return (
    <div className="explanation">
      <p className="explanation__summary">{explanation.summary}</p>
      <dl className="details">
        <dt>Score</dt>
        <dd>{explanation.score}&nbsp;/ 100</dd>
        {explanation.horizon && (
          <>
            <dt>Horizon</dt>
            <dd>{explanation.horizon}</dd>
          </>
        )}
        {explanation.confidence && (
          <>
            <dt>Fiabilité</dt>
            <dd>{CONFIDENCE_LABELS[explanation.confidence]}</dd>
          </>
        )}
      </dl>
      <p className="explanation__next">
        <strong>Prochaine étape&nbsp;:</strong> {explanation.nextAction}
      </p>

      {explanation.factors.length > 0 && (
        <section aria-labelledby={`${id}-factors`}>
          <h3 id={`${id}-factors`}>Ce qui compose le score</h3>
          <FactorBars
            title={`Contribution de chaque facteur (leur somme fait ${explanation.score} points)`}
            bars={explanation.factors.map((factor) => ({ key: factor.name, label: factor.label, value: factor.contribution, valueText: points(factor.contribution) }))}
          />
          <ul className="explanation__factors">
            {explanation.factors.map((factor) => (
              <li key={factor.name}>
                <strong>{factor.label}</strong> ({points(factor.contribution)})&nbsp;: {factor.detail}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(explanation.protectiveTasks.length > 0 || explanation.exposedTasks.length > 0) && (
        <div className="grid explanation__tasks">
          <TaskList title="Tâches qui vous protègent" tasks={explanation.protectiveTasks} />
          <TaskList title="Tâches les plus exposées" tasks={explanation.exposedTasks} />
        </div>
      )}

      {explanation.sources.length > 0 && (
        <section aria-labelledby={`${id}-sources`}>
          <h3 id={`${id}-sources`}>Sources</h3>
          <ul>
            {explanation.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} rel="noopener noreferrer" target="_blank">
                  {source.name} {source.version}
                </a>{' '}
                — {source.publisher}, {source.licence}. <span className="muted">{source.attribution}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {technical && (
        <section aria-labelledby={`${id}-technical`}>
          <h3 id={`${id}-technical`}>Méthode</h3>
          <pre className="explanation__formula">
            <code>{technical.formula}</code>
          </pre>
          <table className="data-table">
            <caption className="visually-hidden">Pondérations du modèle</caption>
            <thead>
              <tr>
                <th scope="col">Pondération</th>
                <th scope="col" className="number">
                  Valeur
                </th>
                <th scope="col">Rôle</th>
              </tr>
            </thead>
            <tbody>
              {technical.weights.map((weight) => (
                <tr key={weight.name}>
                  <th scope="row">{weight.name}</th>
                  <td className="number">{formatNumber(weight.value)}</td>
                  <td>{weight.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="details explanation__versions">
            <dt>Données</dt>
            <dd>{technical.dataVersion}</dd>
            <dt>Modèle</dt>
            <dd>{technical.modelVersion}</dd>
          </dl>
          <TextList title="Limites" items={technical.limits} />
          <TextList title="Biais connus" items={technical.knownBiases} />
          <h4>Relecture humaine</h4>
          <p>{technical.humanReview}</p>
          <TextList title="Autres estimations publiées (non utilisées dans le score)" items={technical.comparisons} />
        </section>
      )}
    </div>
  );
}

interface Task {
  label: string;
  exposure: number;
  core: boolean;
  bottlenecks: readonly (keyof typeof BOTTLENECK_LABELS)[];
}

function TaskList({ title, tasks }: { title: string; tasks: readonly Task[] }) {
  if (tasks.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul className="tasks">
        {tasks.map((task) => (
          <li key={task.label}>
            <span className="tasks__label">{task.label}</span>{' '}
            <span className="muted">
              exposée à {formatPercent(task.exposure)}
              {task.bottlenecks.length > 0 && ` — ${task.bottlenecks.map((b) => BOTTLENECK_LABELS[b]).join(', ')}`}
              {task.core && ' — tâche principale'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
