// Two counters of one merchant scan the same 1,000 vouchers at the same
// moment, each through its own app instance on the shared database, as two
// server processes would. Every voucher is redeemed exactly once; the
// other scan of it is told it was already redeemed, with when and where.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Database } from '../../src/db/database';
import { createMerchant, createOffer, createSubject } from '../factories';
import { createTestDatabase } from '../support/db';
import { createTestApp, type TestApp } from '../support/app';

const VOUCHERS = 1000;
// Scans in flight per counter.
const IN_FLIGHT = 8;

interface ErrorBody {
  error?: { code: string; details?: { redeemedAt?: string } };
}

interface Scan {
  code: string;
  status: number;
  error: string | null;
  redeemedAt: string | null;
}

describe('two counters redeeming the same vouchers at once', () => {
  let db: Database;
  let terminals: TestApp[];
  let servers: Server[];

  beforeAll(async () => {
    db = await createTestDatabase();
    terminals = [await createTestApp({}, db), await createTestApp({}, db)];
    servers = await Promise.all(terminals.map(listen));
  }, 30_000);

  afterAll(async () => {
    await Promise.all(servers.map(close));
    await Promise.all(terminals.map((terminal) => terminal.close()));
    await db.close();
  });

  // One holder with a per-subject limit as large as the batch, so the
  // vouchers are written in two bulk inserts instead of 1,000 claims.
  async function issueVouchers(merchantId: number): Promise<string[]> {
    const offer = await createOffer(db, {
      merchantId,
      quota: VOUCHERS,
      perSubjectLimit: VOUCHERS,
    });
    const holder = await createSubject(db);
    const user = await terminals[0].createUser({ subjectId: holder.id });
    const slots = Array.from({ length: VOUCHERS }, (_, i) => i + 1);
    await db.models.Claim.bulkCreate(
      slots.map((slot) => ({
        offerId: offer.id,
        subjectId: holder.id,
        userId: user.user.id,
        slot,
        idempotencyKey: `race-${slot}`,
        eligibility: {
          eligible: true,
          reasons: [],
          grade: 'A',
          score: 700,
          modelVersion: 1,
        },
      })),
    );
    const claims = await db.models.Claim.findAll({
      attributes: ['id'],
      where: { offerId: offer.id },
    });
    const expiresAt = new Date(Date.now() + 86_400_000);
    const vouchers = claims.map((claim) => ({
      claimId: claim.id,
      code: randomBytes(16).toString('hex'),
      status: 'issued' as const,
      expiresAt,
      redeemedAt: null,
      redeemedByUserId: null,
    }));
    await db.models.Voucher.bulkCreate(vouchers);
    return vouchers.map((voucher) => voucher.code);
  }

  async function scanAll(terminal: string, auth: string, codes: string[]) {
    const scans: Scan[] = [];
    let next = 0;
    const counter = async () => {
      while (next < codes.length) {
        const code = codes[next++];
        const response = await fetch(`${terminal}/api/merchant/redemptions`, {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ code }),
        });
        const body = (await response.json()) as ErrorBody;
        scans.push({
          code,
          status: response.status,
          error: body.error?.code ?? null,
          redeemedAt: body.error?.details?.redeemedAt ?? null,
        });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, counter));
    return scans;
  }

  test('every voucher is redeemed once and its second scan gets 409', async () => {
    const merchant = await createMerchant(db);
    const codes = await issueVouchers(merchant.id);

    const staff = await Promise.all(
      terminals.map((terminal) =>
        terminal.createUser({ role: 'merchant', merchantId: merchant.id }),
      ),
    );

    const [first, second] = await Promise.all(
      servers.map((server, i) => scanAll(urlOf(server), staff[i].auth, codes)),
    );

    const scans = [...first, ...second];
    const redeemed = scans.filter((scan) => scan.status === 201);
    const refused = scans.filter((scan) => scan.status !== 201);
    expect(redeemed).toHaveLength(VOUCHERS);
    expect(new Set(redeemed.map((scan) => scan.code)).size).toBe(VOUCHERS);
    expect(refused).toHaveLength(VOUCHERS);
    for (const scan of refused) {
      expect(scan).toMatchObject({
        status: 409,
        error: 'voucher_already_redeemed',
        redeemedAt: expect.any(String),
      });
    }
    expect(
      await db.models.Voucher.count({ where: { status: 'redeemed' } }),
    ).toBe(VOUCHERS);
  }, 120_000);
});

// Real listening servers with keep-alive clients: a new server and
// connection per request would cost more than the redemption itself.
async function listen(terminal: TestApp): Promise<Server> {
  const server = createServer(terminal.app.callback());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}
