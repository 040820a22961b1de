import type { QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

// The expiry job looks for active records whose disclosure end has passed.
export async function up({ context: qi }: Params): Promise<void> {
  await qi.addIndex('credit_records', ['status', 'disclosure_end'], {
    name: 'credit_records_status_end',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.removeIndex('credit_records', 'credit_records_status_end');
}
