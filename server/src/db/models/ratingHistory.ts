import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** A rating a subject had; a point is added whenever the rating changes. */
export interface RatingHistoryRow extends Model<
  InferAttributes<RatingHistoryRow>,
  InferCreationAttributes<RatingHistoryRow>
> {
  id: CreationOptional<number>;
  subjectId: number;
  score: number;
  grade: string;
  modelVersion: number;
  computedAt: Date;
}

export function defineRatingHistory(
  sequelize: Sequelize,
): ModelStatic<RatingHistoryRow> {
  return sequelize.define<RatingHistoryRow>(
    'RatingHistory',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      score: { type: DataTypes.INTEGER, allowNull: false },
      grade: { type: DataTypes.STRING(4), allowNull: false },
      modelVersion: { type: DataTypes.INTEGER, allowNull: false },
      computedAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'rating_history', underscored: true, timestamps: false },
  );
}
