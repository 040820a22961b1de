export default definePageConfig({ navigationBarTitleText: '加入商户或部门' });
