import type { DepartmentKeyView } from '@creditplus/shared';

import type { DepartmentKey } from '../../db/models';

/** A key as listed: never its secret. */
export function toKeyView(key: DepartmentKey): DepartmentKeyView {
  return {
    keyId: key.keyId,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
