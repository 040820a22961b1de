// Column definitions whose stored form differs between SQLite and MariaDB.
import { DataTypes, Model, ModelAttributeColumnOptions } from 'sequelize';

/**
 * A JSON column. MariaDB keeps JSON as LONGTEXT and mysql2 hands it back as
 * a string, so the getter parses whatever is still text.
 */
export function jsonColumn(name: string): ModelAttributeColumnOptions {
  return {
    type: DataTypes.JSON,
    allowNull: false,
    get(this: Model) {
      const raw: unknown = this.getDataValue(name as never);
      return typeof raw === 'string' ? JSON.parse(raw) : raw;
    },
  };
}

/**
 * Integer fen in a BIGINT (fines reach hundreds of millions of yuan);
 * mysql2 may return BIGINT as a string, and fen stay far below 2^53.
 */
export function moneyColumn(name: string): ModelAttributeColumnOptions {
  return {
    type: DataTypes.BIGINT,
    allowNull: true,
    get(this: Model) {
      const raw: unknown = this.getDataValue(name as never);
      return raw === null || raw === undefined ? null : Number(raw);
    },
  };
}
