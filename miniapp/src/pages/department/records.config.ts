export default definePageConfig({ navigationBarTitleText: '本部门记录' });
