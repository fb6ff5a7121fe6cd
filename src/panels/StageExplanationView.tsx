import { useMemo } from 'react';
import { explainStage, ExplanationTopic } from '../dockerfile/teach/explain-stage.ts';
import { useDeferredDocument } from '../store/document-context.ts';

/** Topic names, not verbs: each sentence already starts with its verb ("Starts from …"). */
const TOPIC_LABELS: Readonly<Record<ExplanationTopic, string>> = {
  [ExplanationTopic.base]: 'Base',
  [ExplanationTopic.installs]: 'Packages',
  [ExplanationTopic.builds]: 'Build',
  [ExplanationTopic.copies]: 'Inputs',
  [ExplanationTopic.sets]: 'Settings',
  [ExplanationTopic.exposes]: 'Ports',
  [ExplanationTopic.runs]: 'Command',
  [ExplanationTopic.commands]: 'Other steps',
};

/** A stage in plain language: one line per topic (what it starts from, installs, copies, …). */
export function StageExplanationView({ index }: { readonly index: number }) {
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const explanation = useMemo(() => explainStage(analysis, index), [analysis, index]);
  if (explanation === null) return null;
  return (
    <dl className="stage-explanation" aria-label={`What stage ${explanation.title} does`} data-explanation={explanation.stage}>
      {explanation.parts.map((part) => (
        <div key={part.topic} className="stage-explanation__part" data-topic={part.topic}>
          <dt>{TOPIC_LABELS[part.topic]}</dt>
          <dd>{part.text}</dd>
        </div>
      ))}
    </dl>
  );
}
