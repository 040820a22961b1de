// History points written many subjects at once, as the rescore of
// everyone does, are kept one row per block of subject ids instead of one
// row per subject: a model publish wrote a history row for every subject
// in the city, a fifth of the database's work in that job.
// services/ratingHistoryBlocks.ts says how the rows are laid out.
import { DataTypes, QueryInterface } from 'sequelize';

type Params = { context: QueryInterface };

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('rating_history_blocks', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    block: { type: DataTypes.INTEGER, allowNull: false },
    computed_at: { type: DataTypes.DATE(3), allowNull: false },
    points: { type: DataTypes.JSON, allowNull: false },
  });
  await qi.addIndex('rating_history_blocks', ['block', 'computed_at'], {
    name: 'rating_history_blocks_block_time',
  });
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('rating_history_blocks');
}
