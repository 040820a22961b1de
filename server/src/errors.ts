// The error catalogue: every error a client can see, with its HTTP status
// and Chinese message. Codes are stable; clients branch on them. Anything
// thrown that is not an AppError becomes `internal` (500) and is logged.

export const errorCatalogue = {
  // request shape
  invalid_json: [400, '请求体不是合法的 JSON'],
  body_too_large: [413, '请求体过大（上限 1 MB）'],
  bad_url_encoding: [400, '请求地址编码不正确'],
  unknown_field: [400, '请求包含不支持的字段'],
  validation_failed: [400, '请求参数不正确'],
  unsupported_media_type: [415, '请求体格式不受支持'],
  invalid_id_number: [400, '身份证号码校验不通过'],
  invalid_uscc: [400, '统一社会信用代码校验不通过'],
  id_number_as_uscc: [400, '填写的是身份证号码，不是统一社会信用代码'],
  not_found: [404, '请求的资源不存在'],
  method_not_allowed: [405, '该地址不支持此请求方法'],
  bad_request: [400, '请求无法处理'],
  request_timeout: [408, '请求未在时限内发送完整，请重试'],
  headers_too_large: [431, '请求头过大'],
  // identity and access
  unauthenticated: [401, '请先登录'],
  token_expired: [401, '登录已过期，请重新登录'],
  token_invalid: [401, '登录凭证无效，请重新登录'],
  forbidden: [403, '没有权限执行此操作'],
  no_subject: [403, '当前账号未绑定信用主体'],
  not_merchant_staff: [403, '当前账号不是商户员工'],
  dev_login_disabled: [404, '开发登录仅在非生产环境可用'],
  unknown_account: [404, '演示账号不存在'],
  // WeChat login
  wechat_code_invalid: [401, '微信登录凭证无效或已使用，请重新登录'],
  wechat_rate_limited: [429, '登录过于频繁，请稍后再试'],
  wechat_busy: [503, '微信服务繁忙，请稍后再试'],
  wechat_unavailable: [502, '暂时无法连接微信服务，请稍后再试'],
  wechat_not_configured: [501, '本环境未开通微信登录'],
  // offers, claims and vouchers
  offer_not_found: [404, '权益不存在'],
  offer_not_available: [409, '权益未在有效期内或已暂停'],
  not_eligible: [403, '不符合领取条件'],
  quota_exhausted: [409, '权益已领完'],
  claim_limit_reached: [409, '已达到每人领取上限'],
  idempotency_key_conflict: [409, '同一请求编号已用于其他权益'],
  voucher_not_found: [404, '凭证不存在'],
  voucher_wrong_merchant: [403, '该凭证不属于本商户'],
  voucher_already_redeemed: [409, '凭证已核销'],
  voucher_expired: [410, '凭证已过期'],
  // marketplace: merchants, offers, vouchers, performance (issue 4)
  not_enterprise_agent: [403, '仅企业经办人可以办理'],
  not_office: [403, '仅信用办工作人员可以办理'],
  uscc_not_your_organization: [403, '统一社会信用代码与当前经办企业不一致'],
  merchant_exists: [409, '该企业已登记为商户'],
  merchant_not_found: [404, '商户不存在'],
  merchant_not_pending: [409, '商户不在待审核状态'],
  merchant_not_approved: [409, '商户尚未通过信用办审核'],
  review_reason_required: [400, '驳回时必须填写理由'],
  invite_invalid: [404, '邀请码无效、已使用或已过期'],
  already_staff: [409, '当前账号已是商户或部门的工作人员'],
  offer_state_conflict: [409, '权益当前状态不允许此操作'],
  daily_quota_exhausted: [409, '今日名额已领完，请明天再来'],
  voucher_cancelled: [409, '凭证已取消'],
  not_deposit_waiver: [409, '只有免押金权益可以登记履约情况'],
  voucher_not_redeemed: [409, '凭证尚未核销，不能登记履约情况'],
  performance_already_reported: [409, '该笔免押服务已登记履约情况'],
  objection_pending: [409, '该记录已有待处理的异议'],
  grade_not_authorized: [403, '未获该主体授权或授权已到期，不能查看信用等级'],
  // department intake, keys and record lifecycle
  not_department_staff: [403, '当前账号不是部门工作人员'],
  department_exists: [409, '该部门已登记（统一社会信用代码或名称重复）'],
  department_not_found: [404, '部门不存在'],
  missing_file: [400, '请上传文件（表单字段 file）'],
  upload_too_large: [413, '上传文件过大（上限 20 MB）'],
  workbook_too_large: [413, '工作簿解压后超过 256 MB，请拆分后分批上传'],
  unsupported_file_type: [415, '文件类型不受支持，请上传 CSV 或 XLSX 文件'],
  unreadable_header: [
    400,
    '无法识别表头：请使用双公示列名，CSV 请保存为 UTF-8 或 GBK 编码',
  ],
  invalid_csv: [400, 'CSV 格式不正确（引号或分隔符有误）'],
  unknown_columns: [400, '文件包含双公示格式以外的列'],
  missing_columns: [400, '文件缺少必需的列'],
  signature_malformed: [
    400,
    '签名请求头缺失或格式不正确：X-Key-Id 与 X-Signature 必填，X-Nonce 为' +
      ' 16–64 位字母、数字、- 或 _，X-Timestamp 为以秒计的 Unix 时间',
  ],
  signature_invalid: [401, '签名无效，或密钥不存在、已吊销'],
  signature_stale: [401, '请求时间与服务器相差超过 5 分钟'],
  signature_replayed: [401, '该请求编号（nonce）已使用过'],
  key_not_found: [404, '密钥不存在'],
  record_not_found: [404, '信用记录不存在'],
  not_source_department: [403, '只有记录的来源部门可以撤销该记录'],
  record_already_revoked: [409, '该记录已撤销'],
  // scoring models (issue 3)
  model_invalid: [422, '评价模型校验不通过，请按原因修改后重新发布'],
  model_version_conflict: [409, '同类主体的模型正在发布新版本，请稍后重试'],
  model_unchanged: [409, '与现行版本完全相同，无需发布'],
  job_not_found: [404, '后台任务不存在'],
  // infrastructure
  service_unavailable: [503, '服务暂时不可用，请稍后再试'],
  internal: [500, '服务器内部错误'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    const [status, message] = errorCatalogue[code];
    super(message);
    this.name = 'AppError';
    this.status = status;
  }
}
