export default definePageConfig({ navigationBarTitleText: '信用办审核' });
