// The merchant reports how a deposit-free deal ended: returned on time or
// defaulted, with the amount owed. The report becomes a performance record
// of the subject, which is rescored and told, all in one transaction; the
// cached rating is retired only after the commit. The merchant is the
// record's source, filed as a department under its own name and USCC.
import {
  PerformanceOutcome,
  PerformanceReportView,
  todayInShanghai,
} from '@creditplus/shared';
import { UniqueConstraintError } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { PerformanceReport } from '../db/models';
import {
  OUTCOME_LABELS,
  performanceDisclosureEnd,
} from '../domain/performance';
import { revealCode } from '../domain/subjectCode';
import { AppError } from '../errors';
import { findOrCreateDepartment } from './findOrCreateDepartment';
import { forgetRatings } from './ratingCache';
import { rescoreSubject } from './rescoreSubject';

export interface PerformanceRequest {
  voucherId: number;
  merchantId: number;
  userId: number;
  outcome: PerformanceOutcome;
  amountFen: number | null;
}

export interface PerformanceDeps {
  db: Database;
  cache: Cache;
  dataKey: Buffer;
}

export async function reportPerformance(
  deps: PerformanceDeps,
  request: PerformanceRequest,
  now: Date = new Date(),
): Promise<PerformanceReportView> {
  const { db } = deps;
  const { Voucher, Claim, Offer, Merchant, Subject } = db.models;
  const voucher = await Voucher.findByPk(request.voucherId);
  if (voucher === null) throw new AppError('voucher_not_found');
  const claim = await Claim.findByPk(voucher.claimId, { rejectOnEmpty: true });
  const offer = await Offer.findByPk(claim.offerId, { rejectOnEmpty: true });
  if (offer.merchantId !== request.merchantId) {
    throw new AppError('voucher_wrong_merchant');
  }
  if (offer.kind !== 'deposit_waiver') throw new AppError('not_deposit_waiver');
  if (voucher.status !== 'redeemed') {
    throw new AppError('voucher_not_redeemed', { status: voucher.status });
  }
  const merchant = await Merchant.findByPk(offer.merchantId, {
    rejectOnEmpty: true,
  });
  const merchantSubject = await Subject.findByPk(merchant.subjectId, {
    rejectOnEmpty: true,
  });

  const today = todayInShanghai(now);
  const label = OUTCOME_LABELS[request.outcome];
  let report: PerformanceReport;
  try {
    report = await db.sequelize.transaction(async (transaction) => {
      const source = await findOrCreateDepartment(
        db,
        {
          name: merchant.name,
          uscc: revealCode(merchantSubject.codeCipher, deps.dataKey),
        },
        transaction,
      );
      const record = await db.models.CreditRecord.create(
        {
          subjectId: claim.subjectId,
          departmentId: source.id,
          type: 'performance',
          docNumber: `信用+履约-${voucher.id}`,
          title: `${offer.title}：${label}`,
          category: request.outcome,
          amountFen: request.amountFen,
          decisionDate: today,
          disclosureEnd: performanceDisclosureEnd(today),
          severity: null,
          status: 'active',
          payload: { offer: offer.title, merchant: merchant.name },
        },
        { transaction },
      );
      const created = await db.models.PerformanceReport.create(
        {
          voucherId: voucher.id,
          merchantId: merchant.id,
          reportedByUserId: request.userId,
          outcome: request.outcome,
          amountFen: request.amountFen,
          recordId: record.id,
        },
        { transaction },
      );
      await db.models.Notification.create(
        {
          subjectId: claim.subjectId,
          kind: 'performance_record',
          title: `新增信用记录：${label}`,
          body: noticeBody(merchant.name, offer.title, request),
          recordId: record.id,
        },
        { transaction },
      );
      await rescoreSubject(db, claim.subjectId, { transaction, now });
      return created;
    });
  } catch (error) {
    // The unique voucher key: the deal was reported already, perhaps by a
    // colleague a moment ago.
    if (error instanceof UniqueConstraintError) {
      throw new AppError('performance_already_reported');
    }
    throw error;
  }
  await forgetRatings(deps.cache, [claim.subjectId]);

  return {
    id: report.id,
    voucherId: report.voucherId,
    outcome: report.outcome,
    amountFen: report.amountFen,
    recordId: report.recordId,
    createdAt: report.createdAt.toISOString(),
  };
}

function noticeBody(
  merchant: string,
  offer: string,
  request: PerformanceRequest,
): string {
  const what =
    request.outcome === 'returned'
      ? '已按时归还，记为守信履约'
      : `未按约归还，记为违约，涉及金额 ${yuan(request.amountFen ?? 0)} 元`;
  return `${merchant}登记您通过「${offer}」享受的免押服务${what}。如有异议，可在信用记录中提出异议申诉。`;
}

// Integer fen as yuan with two decimals, without floating point.
function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
