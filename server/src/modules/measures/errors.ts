import { AppError, ERROR_CODES, type ErrorCode } from '../../errors.js';

/** Stable codes of the evidence API; the client translates them. */
export const EVIDENCE_ERROR_CODES = {
  UNKNOWN_INDICATOR: 'evidence/unknown-indicator',
  UNKNOWN_UNIT: 'evidence/unknown-unit',
  INVALID_CURSOR: 'evidence/invalid-cursor',
  INVALID_PAGE_SIZE: 'evidence/invalid-page-size',
} as const;
export type EvidenceErrorCode = (typeof EVIDENCE_ERROR_CODES)[keyof typeof EVIDENCE_ERROR_CODES];

const APP_CODE: Record<EvidenceErrorCode, ErrorCode> = {
  'evidence/unknown-indicator': ERROR_CODES.INDICATOR_NOT_FOUND,
  'evidence/unknown-unit': ERROR_CODES.UNIT_NOT_FOUND,
  'evidence/invalid-cursor': ERROR_CODES.BAD_USER_INPUT,
  'evidence/invalid-page-size': ERROR_CODES.BAD_USER_INPUT,
};

/**
 * An evidence request that cannot be answered. An AppError, so the GraphQL edge shows its sentence
 * with the app-wide code; `evidenceCode` (also in details.reason) is the precise stable code.
 */
export class EvidenceError extends AppError {
  constructor(
    readonly evidenceCode: EvidenceErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(APP_CODE[evidenceCode], message, { ...details, reason: evidenceCode });
    this.name = 'EvidenceError';
  }
}
