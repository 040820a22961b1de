// Demo logins for development and demos: list the seeded accounts and log
// in as one without WeChat. Production answers 404 dev_login_disabled.
import type Router from '@koa/router';
import type { DevAccount, UserRole } from '@creditplus/shared';
import type { Middleware } from 'koa';
import { Op } from 'sequelize';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { issueLogin } from '../../auth/issueLogin';
import { AppError } from '../../errors';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';

const devLoginBody = z.strictObject({
  login: z.string().min(1).max(64),
});

const roleLabels: Record<UserRole, string> = {
  citizen: '市民',
  enterprise: '企业经办人',
  merchant: '商户员工',
  office: '信用办',
  department: '部门工作人员',
};

export function addDevLogin(router: Router<AppState>, deps: AppDeps): void {
  const onlyOutsideProduction: Middleware = async (_ctx, next) => {
    if (deps.config.isProduction) throw new AppError('dev_login_disabled');
    await next();
  };

  router.get('/api/auth/dev-accounts', onlyOutsideProduction, async (ctx) => {
    ctx.body = await listDevAccounts(deps);
  });

  router.post('/api/auth/dev', onlyOutsideProduction, async (ctx) => {
    const { login } = parseBody(devLoginBody, ctx);

    const user = await deps.db.models.User.findOne({ where: { login } });
    if (!user) throw new AppError('unknown_account');
    ctx.state.log.info({ userId: user.id }, 'dev login');

    ctx.body = await issueLogin(deps.db, deps.config, user);
  });
}

async function listDevAccounts(deps: AppDeps): Promise<DevAccount[]> {
  const { User, Subject, Merchant, Department } = deps.db.models;
  const users = await User.findAll({
    where: { login: { [Op.ne]: null } },
    order: [['id', 'ASC']],
  });
  const ids = (values: (number | null)[]) =>
    values.filter((id): id is number => id !== null);
  const [subjects, merchants, departments] = await Promise.all([
    Subject.findAll({ where: { id: ids(users.map((u) => u.subjectId)) } }),
    Merchant.findAll({ where: { id: ids(users.map((u) => u.merchantId)) } }),
    Department.findAll({
      where: { id: ids(users.map((u) => u.departmentId ?? null)) },
    }),
  ]);
  const nameOf = (rows: { id: number; name: string }[], id: number | null) =>
    rows.find((row) => row.id === id)?.name;

  return users.map((user) => {
    const actsFor =
      nameOf(merchants, user.merchantId) ??
      nameOf(departments, user.departmentId ?? null) ??
      nameOf(subjects, user.subjectId);
    return {
      login: user.login ?? '',
      role: user.role,
      displayName: user.displayName,
      description: [roleLabels[user.role], actsFor].filter(Boolean).join(' · '),
    };
  });
}
