export default definePageConfig({ navigationBarTitleText: '消息与查询记录' });
