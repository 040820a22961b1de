export default definePageConfig({ navigationBarTitleText: '信用评价模型' });
