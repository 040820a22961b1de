import type { OrganizationCategory } from '@creditplus/shared';

const LABEL: Record<OrganizationCategory, string> = {
  enterprise: '企业',
  individual_business: '个体工商户',
  public_institution: '事业单位',
  social_organization: '社会组织',
  government: '机关',
};

/** 企业, 个体工商户 …; a category this client does not know reads as sent. */
export function organizationCategoryLabel(category: string): string {
  return LABEL[category as OrganizationCategory] ?? category;
}
