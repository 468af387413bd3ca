import type { Role } from '../../graphql/context.js';

export const REMEDIATION_STATES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'REJECTED'] as const;
export type RemediationState = (typeof REMEDIATION_STATES)[number];
export const REMEDIATION_ACTIONS = ['START', 'SUBMIT', 'VERIFY', 'REJECT'] as const;
export type RemediationActionName = (typeof REMEDIATION_ACTIONS)[number];

interface Transition {
  from: readonly RemediationState[];
  to: RemediationState;
  /** The one role that may take it (a UNIT user only on its own unit's items). */
  role: Role;
  noteRequired: boolean;
}

/**
 * THE workflow (SPEC §7): the unit starts (again, after a rejection) and submits; an assessor verifies
 * or sends back with a comment. Everything not in this table is refused.
 */
export const TRANSITIONS: Record<RemediationActionName, Transition> = {
  START: { from: ['OPEN', 'REJECTED'], to: 'IN_PROGRESS', role: 'UNIT', noteRequired: false },
  SUBMIT: { from: ['IN_PROGRESS'], to: 'SUBMITTED', role: 'UNIT', noteRequired: false },
  VERIFY: { from: ['SUBMITTED'], to: 'VERIFIED', role: 'ASSESSOR', noteRequired: false },
  REJECT: { from: ['SUBMITTED'], to: 'REJECTED', role: 'ASSESSOR', noteRequired: true },
};

export type TransitionCheck =
  | { ok: true; to: RemediationState }
  | { ok: false; reason: 'role' | 'state' | 'note' };

/** Whether `role` may take `action` on an item in `state` (ownership is checked by the caller). */
export function checkTransition(state: RemediationState, action: RemediationActionName, role: Role, note: string | null): TransitionCheck {
  const t = TRANSITIONS[action];
  if (role !== t.role) return { ok: false, reason: 'role' };
  if (!t.from.includes(state)) return { ok: false, reason: 'state' };
  if (t.noteRequired && !note) return { ok: false, reason: 'note' };
  return { ok: true, to: t.to };
}
