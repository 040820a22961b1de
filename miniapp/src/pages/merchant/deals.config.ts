export default definePageConfig({ navigationBarTitleText: '免押履约' });
