// npm run eval:evidence: print the precision and recall of the evidence proposals.
import { formatEvidenceScore, scoreEvidence } from './evidence-eval.ts';

const score = await scoreEvidence();
process.stdout.write(`${formatEvidenceScore(score)}\n`);
