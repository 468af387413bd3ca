import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { Services } from '../services.js';

/** INGEST: a service account that only delivers raw-data files, with an API token (never signs in). */
export const ROLES = ['LEADER', 'UNIT', 'ASSESSOR', 'ADMIN', 'INGEST'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. UNIT viewers are bound to one unit. */
export interface Viewer {
  userId: string;
  username: string;
  role: Role;
  unitCode: string | null;
  sessionId: string;
}

/** Per-request context: one forked EntityManager per request (STYLE habit 3). */
export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  services: Services;
  requestId: string;
  ip: string;
  req: Request | null;
  res: Response | null;
}
