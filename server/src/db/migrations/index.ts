// Every migration, in the order it runs. Listed by hand rather than globbed
// so the compiled build and ts-jest see the same set.
import type { QueryInterface } from 'sequelize';
import type { RunnableMigration } from 'umzug';

import * as createDepartments from './20261203140000-create-departments';
import * as createSubjects from './20261203140100-create-subjects';
import * as createCreditRecords from './20261203140200-create-credit-records';
import * as createRatings from './20261203140300-create-ratings';
import * as createMerchants from './20261203140400-create-merchants';
import * as createUsers from './20261203140500-create-users';
import * as createOffers from './20261203140600-create-offers';
import * as createClaims from './20261203140700-create-claims';
import * as createVouchers from './20261203140800-create-vouchers';
import * as addUsersDepartment from './20261204100000-add-users-department';
import * as createDepartmentKeys from './20261204100100-create-department-keys';
import * as createPushNonces from './20261204100200-create-push-nonces';
import * as createRecordVersions from './20261204100300-create-record-versions';
import * as createRecordAudits from './20261204100400-create-record-audits';
import * as addExpiryIndex from './20261204100500-add-credit-records-expiry-index';
import * as createScoringModels from './20261204200000-create-scoring-models';
import * as createRatingHistory from './20261204200100-create-rating-history';
import * as createJobs from './20261204200200-create-jobs';
import * as extendMerchants from './20261205100000-extend-merchants';
import * as createStaffInvites from './20261205100100-create-staff-invites';
import * as extendOffers from './20261205100200-extend-offers';
import * as createOfferDayCounters from './20261205100300-create-offer-day-counters';
import * as extendVouchers from './20261205100400-extend-vouchers';
import * as createPerformanceReports from './20261205100500-create-performance-reports';
import * as createNotifications from './20261205100600-create-notifications';
import * as createObjections from './20261205100700-create-objections';
import * as createQueryLogs from './20261205100800-create-query-logs';
import * as keyRatingsBySubject from './20261206100000-key-ratings-by-subject';
import * as createImportBatches from './20261206150000-create-import-batches';
import * as addJobsLease from './20261206200000-add-jobs-lease';
import * as coverScoringRead from './20261207100000-cover-records-scoring-read';
import * as dropRatingForeignKeys from './20261207100100-drop-rating-foreign-keys';
import * as createRatingHistoryBlocks from './20261208100000-create-rating-history-blocks';
import * as dropRatingsBreakdownCheck from './20261208100100-drop-ratings-breakdown-check';
import * as scoreOrganizationWatchLists from './20261208100200-score-organization-watch-lists';
import * as addSubjectsNamedOn from './20261209100000-add-subjects-named-on';
import * as addInvitesDepartment from './20261210100000-add-staff-invites-department';

export const migrations: RunnableMigration<QueryInterface>[] = [
  { name: '20261203140000-create-departments', ...createDepartments },
  { name: '20261203140100-create-subjects', ...createSubjects },
  { name: '20261203140200-create-credit-records', ...createCreditRecords },
  { name: '20261203140300-create-ratings', ...createRatings },
  { name: '20261203140400-create-merchants', ...createMerchants },
  { name: '20261203140500-create-users', ...createUsers },
  { name: '20261203140600-create-offers', ...createOffers },
  { name: '20261203140700-create-claims', ...createClaims },
  { name: '20261203140800-create-vouchers', ...createVouchers },
  { name: '20261204100000-add-users-department', ...addUsersDepartment },
  { name: '20261204100100-create-department-keys', ...createDepartmentKeys },
  { name: '20261204100200-create-push-nonces', ...createPushNonces },
  { name: '20261204100300-create-record-versions', ...createRecordVersions },
  { name: '20261204100400-create-record-audits', ...createRecordAudits },
  {
    name: '20261204100500-add-credit-records-expiry-index',
    ...addExpiryIndex,
  },
  { name: '20261204200000-create-scoring-models', ...createScoringModels },
  { name: '20261204200100-create-rating-history', ...createRatingHistory },
  { name: '20261204200200-create-jobs', ...createJobs },
  { name: '20261205100000-extend-merchants', ...extendMerchants },
  { name: '20261205100100-create-staff-invites', ...createStaffInvites },
  { name: '20261205100200-extend-offers', ...extendOffers },
  {
    name: '20261205100300-create-offer-day-counters',
    ...createOfferDayCounters,
  },
  { name: '20261205100400-extend-vouchers', ...extendVouchers },
  {
    name: '20261205100500-create-performance-reports',
    ...createPerformanceReports,
  },
  { name: '20261205100600-create-notifications', ...createNotifications },
  { name: '20261205100700-create-objections', ...createObjections },
  { name: '20261205100800-create-query-logs', ...createQueryLogs },
  { name: '20261206100000-key-ratings-by-subject', ...keyRatingsBySubject },
  { name: '20261206150000-create-import-batches', ...createImportBatches },
  { name: '20261206200000-add-jobs-lease', ...addJobsLease },
  {
    name: '20261207100000-cover-records-scoring-read',
    ...coverScoringRead,
  },
  {
    name: '20261207100100-drop-rating-foreign-keys',
    ...dropRatingForeignKeys,
  },
  {
    name: '20261208100000-create-rating-history-blocks',
    ...createRatingHistoryBlocks,
  },
  {
    name: '20261208100100-drop-ratings-breakdown-check',
    ...dropRatingsBreakdownCheck,
  },
  {
    name: '20261208100200-score-organization-watch-lists',
    ...scoreOrganizationWatchLists,
  },
  { name: '20261209100000-add-subjects-named-on', ...addSubjectsNamedOn },
  {
    name: '20261210100000-add-staff-invites-department',
    ...addInvitesDepartment,
  },
];
