import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime, formatNumber } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';
import { ScoreGauge } from '../../ui/charts/ScoreGauge';
import { FACTOR_LABELS, FORMATTING_LABELS, LENGTH_LABELS } from './labels';
import { PremiumToolCard } from './PremiumToolCard';
import { usePremiumAction } from './premium-action';

export const AtsResultFragment = graphql(`
  fragment AtsResult_analysis on AtsAnalysis {
    id
    score
    letterVersion
    factors {
      name
      score
      weight
      contribution
      detail
    }
    matchedKeywords
    missingKeywords
    wordCount
    lengthBand
    actionVerbs
    quantifiedResults
    formattingProblems {
      kind
      line
      excerpt
    }
    createdAt
  }
`);

const AnalyzeAtsMutation = graphql(`
  mutation AnalyzeAts($input: AnalyzeAtsInput!) {
    analyzeAts(input: $input) {
      id
      ...AtsResult_analysis
    }
  }
`);

/** Premium: how an applicant-tracking system would read the letter against its offer. */
export function AtsPanel({ letterId, latest }: { letterId: string; latest: FragmentType<typeof AtsResultFragment> | null | undefined }) {
  const [analyze] = useMutation(AnalyzeAtsMutation);
  const [result, setResult] = useState<FragmentType<typeof AtsResultFragment>>();
  const { state, run, running } = usePremiumAction();
  const shown = result ?? latest ?? undefined;
  return (
    <PremiumToolCard
      title="Analyse ATS"
      intro="Le score (0 à 100) qu’un logiciel de tri de candidatures donnerait à votre lettre face à l’offre, et comment l’améliorer."
      feature="L’analyse ATS"
      state={state}
      buttonLabel={running ? 'Analyse en cours…' : shown ? 'Analyser la version actuelle' : 'Analyser ma lettre'}
      onRun={() =>
        void run(async () => {
          const { data } = await analyze({ variables: { input: { letterId } } });
          if (data) setResult(data.analyzeAts);
        })
      }
      doneAnnouncement={result ? 'Analyse ATS terminée.' : ''}
    >
      {shown && <AtsResult analysis={shown} />}
    </PremiumToolCard>
  );
}

function AtsResult(props: { analysis: FragmentType<typeof AtsResultFragment> }) {
  const analysis = useFragment(AtsResultFragment, props.analysis);
  return (
    <div className="premium-tool__result">
      <div className="score__body">
        <ScoreGauge score={analysis.score} label={`Score ATS de la version ${analysis.letterVersion ?? ''}\u00a0: ${analysis.score} sur 100`} />
        <p>
          Version {analysis.letterVersion} analysée le {formatDateTime(analysis.createdAt)}. Longueur {LENGTH_LABELS[analysis.lengthBand]} ({analysis.wordCount}
          &nbsp;mots).
        </p>
      </div>
      <FactorBars
        title="Note de chaque critère, sur 100 (entre parenthèses, ce qu’il apporte au score)"
        max={100}
        bars={analysis.factors.map((factor) => ({
          key: factor.name,
          label: FACTOR_LABELS[factor.name] ?? factor.name,
          value: factor.score,
          valueText: `${factor.score}/100 (+${formatNumber(factor.contribution)})`,
        }))}
      />
      <ul className="premium-tool__details">
        {analysis.factors.map((factor) => (
          <li key={factor.name}>
            <strong>{FACTOR_LABELS[factor.name] ?? factor.name}</strong> ({factor.score}&nbsp;/ 100)&nbsp;: {factor.detail}
          </li>
        ))}
      </ul>
      <div className="grid">
        <KeywordList title="Mots-clés présents" words={analysis.matchedKeywords} empty="Aucun mot-clé de l’offre dans la lettre." />
        <KeywordList title="Mots-clés manquants" words={analysis.missingKeywords} empty="Tous les mots-clés de l’offre sont présents." />
      </div>
      {analysis.formattingProblems.length > 0 && (
        <>
          <h3>Problèmes de mise en forme</h3>
          <ul>
            {analysis.formattingProblems.map((problem) => (
              <li key={`${problem.kind}-${problem.line}`}>
                {FORMATTING_LABELS[problem.kind]} ligne {problem.line}&nbsp;: «&#8239;{problem.excerpt}&#8239;»
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function KeywordList({ title, words, empty }: { title: string; words: readonly string[]; empty: string }) {
  return (
    <div>
      <h3>{title}</h3>
      {words.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="keywords">
          {words.map((word) => (
            <li key={word}>{word}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
