import { useMutation } from '@apollo/client/react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime } from '../../format/format';
import { ScoreGauge } from '../../ui/charts/ScoreGauge';
import { FORMATTING_LABELS, LENGTH_LABELS, factorLabel } from './labels';
import { PremiumToolCard } from './PremiumToolCard';
import { usePremiumResult } from './premium-action';
import { ScoreFactorBars } from './ScoreFactorBars';

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
  const analysis = usePremiumResult(latest);
  return (
    <PremiumToolCard
      title="Analyse ATS"
      intro="Le score (0 à 100) qu’un logiciel de tri de candidatures donnerait à votre lettre face à l’offre, et comment l’améliorer."
      feature="L’analyse ATS"
      state={analysis.state}
      buttonLabel={analysis.running ? 'Analyse en cours…' : analysis.shown ? 'Analyser la version actuelle' : 'Analyser ma lettre'}
      onRun={() => analysis.produce(async () => (await analyze({ variables: { input: { letterId } } })).data?.analyzeAts)}
      doneAnnouncement={analysis.producedNow ? 'Analyse ATS terminée.' : ''}
    >
      {analysis.shown && <AtsResult analysis={analysis.shown} />}
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
      <ScoreFactorBars factors={analysis.factors} />
      <ul className="premium-tool__details">
        {analysis.factors.map((factor) => (
          <li key={factor.name}>
            <strong>{factorLabel(factor.name)}</strong> ({factor.score}&nbsp;/ 100)&nbsp;: {factor.detail}
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
