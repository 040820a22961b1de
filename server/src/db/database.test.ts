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

  test('a statement reaches the database as written, question marks too', async () => {
    const db = await createTestDatabase();
    try {
      const text = "who? 'it' ?? \\ ?";
      const [row] = await db.sequelize.query<{ text: string }>(
        'SELECT :text AS text',
        { replacements: { text }, type: QueryTypes.SELECT },
      );
      expect(row.text).toBe(text);
    } finally {
      await db.close();
    }
  });
});
