import type { Sequelize } from 'sequelize';

import { defineClaim } from './claim';
import { defineCreditRecord } from './creditRecord';
import { defineDepartment } from './department';
import { defineDepartmentKey } from './departmentKey';
import { defineImportBatch } from './importBatch';
import { defineJob } from './job';
import { defineMerchant } from './merchant';
import { defineNotification } from './notification';
import { defineObjection } from './objection';
import { defineOffer } from './offer';
import { defineOfferDayCounter } from './offerDayCounter';
import { definePerformanceReport } from './performanceReport';
import { definePushNonce } from './pushNonce';
import { defineQueryLog } from './queryLog';
import { defineRating } from './rating';
import { defineRatingHistory } from './ratingHistory';
import { defineRatingHistoryBlock } from './ratingHistoryBlock';
import { defineRecordAudit } from './recordAudit';
import { defineRecordVersion } from './recordVersion';
import { defineScoringModel } from './scoringModel';
import { defineStaffInvite } from './staffInvite';
import { defineSubject } from './subject';
import { defineUser } from './user';
import { defineVoucher } from './voucher';

export type { Claim, ClaimEligibility } from './claim';
export type { CreditRecord } from './creditRecord';
export type { Department } from './department';
export type { DepartmentKey } from './departmentKey';
export type { ImportBatch } from './importBatch';
export type { Job, JobStatus } from './job';
export type { Merchant, MerchantStatus } from './merchant';
export type { Notification } from './notification';
export type { Objection } from './objection';
export type { Offer, OfferStatus } from './offer';
export type { OfferDayCounter } from './offerDayCounter';
export type { PerformanceReport } from './performanceReport';
export type { PushNonce } from './pushNonce';
export type { QueryLog } from './queryLog';
export type { RatingRow } from './rating';
export type { RatingHistoryRow } from './ratingHistory';
export type { RatingHistoryBlockRow } from './ratingHistoryBlock';
export type { RecordAction, RecordAudit } from './recordAudit';
export type { RecordVersion } from './recordVersion';
export type { ScoringModelRow } from './scoringModel';
export type { StaffInvite } from './staffInvite';
export type { Subject } from './subject';
export type { User } from './user';
export type { Voucher } from './voucher';

// Models are defined per Sequelize instance (not as global classes) so two
// databases can be open in one process, as tests do.
export function defineModels(sequelize: Sequelize) {
  return {
    Department: defineDepartment(sequelize),
    Subject: defineSubject(sequelize),
    CreditRecord: defineCreditRecord(sequelize),
    DepartmentKey: defineDepartmentKey(sequelize),
    PushNonce: definePushNonce(sequelize),
    RecordVersion: defineRecordVersion(sequelize),
    RecordAudit: defineRecordAudit(sequelize),
    ImportBatch: defineImportBatch(sequelize),
    Rating: defineRating(sequelize),
    Merchant: defineMerchant(sequelize),
    User: defineUser(sequelize),
    Offer: defineOffer(sequelize),
    Claim: defineClaim(sequelize),
    Voucher: defineVoucher(sequelize),
    ScoringModel: defineScoringModel(sequelize),
    RatingHistory: defineRatingHistory(sequelize),
    RatingHistoryBlock: defineRatingHistoryBlock(sequelize),
    Job: defineJob(sequelize),
    StaffInvite: defineStaffInvite(sequelize),
    OfferDayCounter: defineOfferDayCounter(sequelize),
    PerformanceReport: definePerformanceReport(sequelize),
    Notification: defineNotification(sequelize),
    Objection: defineObjection(sequelize),
    QueryLog: defineQueryLog(sequelize),
  };
}

export type Models = ReturnType<typeof defineModels>;
