// The credit office invites department staff as merchants invite theirs,
// so an invite names a merchant or a department, exactly one of the two.
// The services that write invites keep that rule rather than a table
// check: SQLite cannot add one without rebuilding the table by hand.
//
// changeColumn leaves `references` out on purpose. On MariaDB Sequelize
// reads it as "add a foreign key" and leaves the column NOT NULL; the
// column keeps its key anyway. On SQLite it rebuilds the table from what
// it reads of it, key included; the rebuilt id loses AUTOINCREMENT, which
// only matters were invites ever deleted.
import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.changeColumn('staff_invites', 'merchant_id', {
    type: DataTypes.INTEGER,
    allowNull: true,
  });
  await qi.addColumn('staff_invites', 'department_id', {
    type: DataTypes.INTEGER,
    allowNull: true,
    references: { model: 'departments', key: 'id' },
  });
}

// Department invites have no merchant to fall back on; they go with the
// column, spent or not, since the staff they made keep their accounts.
export async function down({ context: qi }: Params): Promise<void> {
  await qi.bulkDelete('staff_invites', { merchant_id: null });
  await qi.removeColumn('staff_invites', 'department_id');
  await qi.changeColumn('staff_invites', 'merchant_id', {
    type: DataTypes.INTEGER,
    allowNull: false,
  });
}
