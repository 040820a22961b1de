import type { OfferKind, OfferScene, SubjectKind } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { jsonColumn, moneyColumn } from './columns';

export type OfferStatus = 'published' | 'paused';

export interface Offer extends Model<
  InferAttributes<Offer>,
  InferCreationAttributes<Offer>
> {
  id: CreationOptional<number>;
  merchantId: number;
  title: string;
  description: string;
  kind: OfferKind;
  scene: OfferScene;
  subjectKinds: SubjectKind[];
  minGrade: string | null;
  quota: number;
  /** Only ever raised by the conditional update of claimOffer. */
  claimed: CreationOptional<number>;
  perSubjectLimit: CreationOptional<number>;
  valueFen: number | null;
  validFrom: Date;
  validTo: Date;
  voucherTtlHours: number;
  status: OfferStatus;
  createdAt: CreationOptional<Date>;
}

export function defineOffer(sequelize: Sequelize): ModelStatic<Offer> {
  return sequelize.define<Offer>(
    'Offer',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      merchantId: { type: DataTypes.INTEGER, allowNull: false },
      title: { type: DataTypes.STRING(100), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      scene: { type: DataTypes.STRING(16), allowNull: false },
      subjectKinds: jsonColumn('subjectKinds'),
      minGrade: { type: DataTypes.STRING(4), allowNull: true },
      quota: { type: DataTypes.INTEGER, allowNull: false },
      claimed: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      perSubjectLimit: {
        type: DataTypes.INTEGER,
        allowNull: false,
        defaultValue: 1,
      },
      valueFen: moneyColumn('valueFen'),
      validFrom: { type: DataTypes.DATE(3), allowNull: false },
      validTo: { type: DataTypes.DATE(3), allowNull: false },
      voucherTtlHours: { type: DataTypes.INTEGER, allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'offers', underscored: true, updatedAt: false },
  );
}
