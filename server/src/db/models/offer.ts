import type {
  OfferKind,
  OfferScene,
  OfferStatus,
  SubjectKind,
} from '@creditplus/shared';
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

export type { OfferStatus };

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
  /** Deposit waived, or a discount's amount off; null otherwise. */
  valueFen: number | null;
  /** A discount's percent off (1–99) when it is not an amount. */
  discountPercent: CreationOptional<number | null>;
  minScore: CreationOptional<number | null>;
  redlistOnly: CreationOptional<boolean>;
  /** Record types whose holders may not claim (besides the blacklist). */
  excludedLists: CreationOptional<string[]>;
  /** Leading digits of the subject's region code, e.g. 3604. */
  regionPrefix: CreationOptional<string | null>;
  /** Claims per Asia/Shanghai day; null for no daily limit. */
  perDayQuota: CreationOptional<number | null>;
  validFrom: Date;
  validTo: Date;
  voucherTtlHours: number;
  status: OfferStatus;
  /** The credit office's last word: why it refused or what it noted. */
  reviewReason: CreationOptional<string | null>;
  reviewedAt: CreationOptional<Date | null>;
  createdAt: CreationOptional<Date>;
}

/** The excluded lists as the column stores them: codes joined by commas. */
export function excludedListsOf(stored: string): string[] {
  return stored === '' ? [] : stored.split(',');
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
      discountPercent: { type: DataTypes.INTEGER, allowNull: true },
      minScore: { type: DataTypes.INTEGER, allowNull: true },
      redlistOnly: {
        type: DataTypes.BOOLEAN,
        allowNull: false,
        defaultValue: false,
      },
      excludedLists: {
        type: DataTypes.STRING(200),
        allowNull: false,
        defaultValue: '',
        get(this: Offer) {
          return excludedListsOf(
            this.getDataValue('excludedLists') as unknown as string,
          );
        },
        set(this: Offer, value: string[]) {
          this.setDataValue(
            'excludedLists',
            value.join(',') as unknown as string[],
          );
        },
      },
      regionPrefix: { type: DataTypes.STRING(6), allowNull: true },
      perDayQuota: { type: DataTypes.INTEGER, allowNull: true },
      validFrom: { type: DataTypes.DATE(3), allowNull: false },
      validTo: { type: DataTypes.DATE(3), allowNull: false },
      voucherTtlHours: { type: DataTypes.INTEGER, allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      reviewReason: { type: DataTypes.STRING(200), allowNull: true },
      reviewedAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'offers', underscored: true, updatedAt: false },
  );
}
