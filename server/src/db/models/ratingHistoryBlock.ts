import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { jsonColumn } from './columns';

/**
 * Points that many subjects of a block of subject ids gained at one
 * instant, keyed by subject id (services/ratingHistoryBlocks.ts).
 */
export interface RatingHistoryBlockRow extends Model<
  InferAttributes<RatingHistoryBlockRow>,
  InferCreationAttributes<RatingHistoryBlockRow>
> {
  id: CreationOptional<number>;
  block: number;
  computedAt: Date;
  points: Record<string, [number, string, number]>;
}

export function defineRatingHistoryBlock(
  sequelize: Sequelize,
): ModelStatic<RatingHistoryBlockRow> {
  return sequelize.define<RatingHistoryBlockRow>(
    'RatingHistoryBlock',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      block: { type: DataTypes.INTEGER, allowNull: false },
      computedAt: { type: DataTypes.DATE(3), allowNull: false },
      points: jsonColumn('points'),
    },
    {
      tableName: 'rating_history_blocks',
      underscored: true,
      timestamps: false,
    },
  );
}
