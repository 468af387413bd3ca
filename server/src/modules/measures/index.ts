export { earliestDueWindowStart } from './rules/index.js';
export { computeMeasures } from './compute.js';
export {
  listEvidence, countEvidence, EVIDENCE_SOURCES, DEFAULT_EVIDENCE_PAGE, MAX_EVIDENCE_PAGE, encodeCursor, decodeCursor,
  type EvidenceQuery, type EvidencePage, type EvidenceTotals,
} from './evidence.js';
export type { EvidenceRow, EvidenceField } from './evidence-types.js';
export { EvidenceError, EVIDENCE_ERROR_CODES, type EvidenceErrorCode } from './errors.js';
export { MeasureService } from './measure.service.js';
export { worstEvidence, WORST_GROUPS } from './evidence-worst.js';
export { computeComputedMeasures, addManualValues } from './compute.js';
