import {
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** Claims of an offer on one Asia/Shanghai day, for its per-day quota. */
export interface OfferDayCounter extends Model<
  InferAttributes<OfferDayCounter>,
  InferCreationAttributes<OfferDayCounter>
> {
  offerId: number;
  /** YYYY-MM-DD in Asia/Shanghai. */
  day: string;
  claimed: number;
}

export function defineOfferDayCounter(
  sequelize: Sequelize,
): ModelStatic<OfferDayCounter> {
  return sequelize.define<OfferDayCounter>(
    'OfferDayCounter',
    {
      offerId: { type: DataTypes.INTEGER, primaryKey: true },
      day: { type: DataTypes.DATEONLY, primaryKey: true },
      claimed: { type: DataTypes.INTEGER, allowNull: false },
    },
    { tableName: 'offer_day_counters', underscored: true, timestamps: false },
  );
}
