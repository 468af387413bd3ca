import { Unit } from '../modules/units/unit.entity.js';
import { PeriodRecord } from '../modules/periods/period.entity.js';
import { CalendarDay } from '../modules/calendar/calendar-day.entity.js';
import { Resource } from '../modules/raw-data/resource.entity.js';
import { ResourceUpdate } from '../modules/raw-data/resource-update.entity.js';
import { DataCall } from '../modules/raw-data/data-call.entity.js';
import { DataDemand } from '../modules/raw-data/data-demand.entity.js';
import { InformationSystem } from '../modules/raw-data/information-system.entity.js';
import { Officer } from '../modules/raw-data/officer.entity.js';
import { ServiceItem } from '../modules/raw-data/service-item.entity.js';
import { ServiceCase } from '../modules/raw-data/service-case.entity.js';
import { Rating } from '../modules/raw-data/rating.entity.js';
import { Incident } from '../modules/raw-data/incident.entity.js';
import { ManualValue } from '../modules/raw-data/manual-value.entity.js';
import { ImportBatch } from '../modules/imports/import-batch.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { LoginAttempt } from '../modules/accounts/login-attempt.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ApiToken } from '../modules/accounts/api-token.entity.js';
import { ImportJob, ImportJobFile } from '../modules/import-jobs/import-job.entity.js';
import { U1Window } from '../modules/calendar/u1-window.entity.js';
import { U1MetRollup } from '../modules/rollups/u1-met.entity.js';
import { CallDayRollup } from '../modules/rollups/call-day.entity.js';
import { RatingDayRollup } from '../modules/rollups/rating-day.entity.js';
import { CaseDayRollup } from '../modules/rollups/case-day.entity.js';
import { DataLoad } from '../modules/demo/data-load.entity.js';
import { SchemeVersion } from '../modules/schemes/scheme-version.entity.js';
import { Publication } from '../modules/publications/publication.entity.js';
import { SavedView } from '../modules/saved-views/saved-view.entity.js';
import { PublicationEvidence, PublicationMeasure, PublicationRanking } from '../modules/publications/snapshot.entities.js';
import {
  AppealRow, EvidenceFileRow, JobRunRow, NotificationRow, PublicationWindowRow, RemediationEventRow, RemediationItemRow,
} from '../modules/remediation/remediation.entities.js';
import { WorkdayOverride } from '../modules/workdays/workday-override.entity.js';

/** Every MikroORM entity. Add new ones here. */
export const entities = [
  Unit, PeriodRecord, CalendarDay, Resource, ResourceUpdate, DataCall, DataDemand, InformationSystem, Officer,
  ServiceItem, ServiceCase, Rating, Incident, ManualValue, ImportBatch,
  User, Session, LoginAttempt, AuditEntry, ApiToken, ImportJob, ImportJobFile,
  U1Window, U1MetRollup, CallDayRollup, RatingDayRollup, CaseDayRollup,
  DataLoad,
  SchemeVersion, Publication, PublicationRanking, PublicationMeasure, PublicationEvidence,
  SavedView,
  RemediationItemRow, AppealRow, RemediationEventRow, EvidenceFileRow, NotificationRow, PublicationWindowRow, JobRunRow, WorkdayOverride,
];
