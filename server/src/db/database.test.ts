import { QueryTypes } from 'sequelize';

import { createTestDatabase } from '../../test/support/db';

import { migrator } from './database';

describe('database', () => {
  test('migrations run down to nothing and up again', async () => {
    const db = await createTestDatabase();
    try {
      const umzug = migrator(db);
      const applied = await umzug.executed();
      expect(applied.length).toBeGreaterThan(0);

      await umzug.down({ to: 0 });
      expect(await umzug.executed()).toEqual([]);
      await umzug.up();

      expect((await umzug.executed()).map((m) => m.name)).toEqual(
        applied.map((m) => m.name),
      );
    } finally {
      await db.close();
    }
  });

  test('a user round-trips through the users table', async () => {
    const db = await createTestDatabase();
    try {
      const created = await db.models.User.create({
        login: 'citizen',
        openid: null,
        displayName: '吴明一',
        subjectId: null,
        merchantId: null,
        role: 'citizen',
      });
      const found = await db.models.User.findOne({
        where: { login: 'citizen' },
      });
      expect(found?.id).toBe(created.id);
      expect(found?.displayName).toBe('吴明一');
      expect(found?.createdAt).toBeInstanceOf(Date);
    } finally {
      await db.close();
    }
  });
});

describe('statements sent to the database', () => {
  test('keep question marks, replacements and bind parameters', async () => {
    const db = await createTestDatabase();
    try {
      const [row] = await db.sequelize.query<{ a: string; b: string }>(
        "SELECT 'why?' AS a, :b AS b",
        { replacements: { b: "so? 'it' ?? \\ ?" }, type: QueryTypes.SELECT },
      );
      expect(row).toEqual({ a: 'why?', b: "so? 'it' ?? \\ ?" });
      const found = await db.models.User.findAll({
        where: { displayName: '谁? ?' },
      });
      expect(found).toEqual([]);
      const [bound] = await db.sequelize.query<{ c: string }>(
        'SELECT $1 AS c',
        { bind: ['what?'], type: QueryTypes.SELECT },
      );
      expect(bound.c).toBe('what?');
    } finally {
      await db.close();
    }
  });
});
