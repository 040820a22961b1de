export default defineAppConfig({
  // The login page comes first: it sends a signed-in user on to their home.
  pages: [
    'pages/login/index',
    'pages/credit/index',
    'pages/offers/index',
    'pages/voucher/index',
    'pages/vouchers/index',
    'pages/redeem/index',
    'pages/public/index',
    'pages/public/organization',
    'pages/department/index',
    'pages/department/records',
    'pages/merchant/index',
    'pages/merchant/offer',
    'pages/merchant/deals',
    'pages/office/index',
    'pages/office/models',
    'pages/messages/index',
    'pages/join/index',
  ],
  window: {
    navigationBarTitleText: '信用+',
    navigationBarBackgroundColor: '#1d4ed8',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5fa',
    backgroundTextStyle: 'dark',
  },
});
