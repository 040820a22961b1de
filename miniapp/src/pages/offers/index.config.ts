export default definePageConfig({ navigationBarTitleText: '信用+权益' });
