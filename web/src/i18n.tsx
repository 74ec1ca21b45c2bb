import { createContext, useContext, useState, type ReactNode } from 'react';

export type Language = 'zh-CN' | 'en';

/** Every word the console shows, in Chinese (the default) and English. */
const dictionary = {
  appName: ['一站式并联审批', 'OneStop joint approvals'],
  language: ['English', '中文'],
  signIn: ['登录', 'Sign in'],
  signOut: ['退出', 'Sign out'],
  signInAs: ['以演示身份登录（开发环境）', 'Sign in as a demo person (development)'],
  pasteToken: ['粘贴身份认证平台签发的令牌', 'Paste a token from the identity provider'],
  useToken: ['使用令牌', 'Use token'],
  noDemo: ['此环境不提供演示身份。', 'This environment offers no demo identities.'],
  signedInAs: ['当前用户', 'Signed in as'],
  licenceCheck: ['证照核验', 'Licence check'],
  applicant: ['申请人', 'Applicant'],
  desk: ['部门审批台', 'Department desk'],
  board: ['协调看板', 'Coordinator board'],
  window: ['综合窗口', 'Window'],
  supervision: ['电子监察', 'Supervision'],
  loading: ['加载中…', 'Loading…'],
  empty: ['暂无数据', 'Nothing here yet'],
  error: ['出错了', 'Something went wrong'],
  serial: ['证照编号', 'Licence serial'],
  check: ['核验', 'Check'],
  genuine: ['真实有效：印章验证通过', 'Genuine: the seal verifies'],
  notGenuine: ['印章验证失败', 'The seal does not verify'],
  noLicence: ['未找到该编号的已送达证照', 'No delivered licence has this serial'],
  expired: ['证照已过有效期', 'The licence has expired'],
  holder: ['持证人', 'Holder'],
  validUntil: ['有效期至', 'Valid until'],
  department: ['部门', 'Department'],
  item: ['事项', 'Item'],
  issuedAt: ['签发时间', 'Issued at'],
  deliveredAt: ['送达时间', 'Delivered at'],
  myApplicant: ['申请主体', 'Applicant'],
  materials: ['材料（一次提交，共享复用）', 'Materials (entered once, shared)'],
  materialType: ['材料类型', 'Material type'],
  upload: ['上传', 'Upload'],
  uploading: ['上传中…', 'Uploading…'],
  reads: ['材料调阅记录', 'Who read my materials'],
  bundles: ['一件事（套餐）', 'Bundles ("one thing")'],
  apply: ['申请', 'Apply'],
  myCases: ['我的办件', 'My cases'],
  reference: ['办件编号', 'Reference'],
  title: ['名称', 'Title'],
  status: ['状态', 'Status'],
  deadline: ['办结时限', 'Deadline'],
  tasks: ['部门任务', 'Department tasks'],
  clock: ['计时（工作日）', 'Clock (working days)'],
  used: ['已用', 'used'],
  left: ['剩余', 'left'],
  paused: ['暂停', 'paused'],
  overdue: ['超期', 'overdue'],
  timeline: ['办理过程', 'Timeline'],
  licences: ['电子证照', 'Licences'],
  notice: ['一次性告知', 'One notice of everything missing'],
  supplement: ['补正', 'Supplement'],
  supply: ['已补正，提交', 'Supplied: submit'],
  supplyWaiting: [
    '刚上传的补正材料正在同步到并联审批，稍后自动重新提交……',
    'The version just uploaded is on its way to the joint approval; sending the supply again in a moment…',
  ],
  withdraw: ['撤回', 'Withdraw'],
  rate: ['评价', 'Rate'],
  open: ['打开', 'Open'],
  back: ['返回', 'Back'],
  accept: ['受理', 'Accept'],
  review: ['审核', 'Review'],
  sign: ['签发', 'Sign'],
  reject: ['不予许可', 'Reject'],
  meeting: ['会议纪要', 'Meeting minutes'],
  record: ['记录', 'Record'],
  opinion: ['审核意见', 'Opinion'],
  reasons: ['理由', 'Reasons'],
  requestSupplement: ['要求补正', 'Ask for a supplement'],
  reason: ['原因', 'Reason'],
  openTasks: ['待办任务（按期限）', 'Open tasks (by deadline)'],
  allTasks: ['全部任务', 'All tasks'],
  cases: ['办件', 'Cases'],
  live: ['实时', 'Live'],
  byStatus: ['按状态', 'By status'],
  byLevel: ['按预警', 'By warning level'],
  bottlenecks: ['各部门负荷', 'Load per department'],
  registerApplicant: ['登记申请人', 'Register an applicant'],
  name: ['名称', 'Name'],
  identifier: ['统一社会信用代码/身份证号', 'Credit code / ID number'],
  kind: ['类型', 'Kind'],
  register: ['登记', 'Register'],
  selfRegister: ['在线登记我的企业或个人', 'Register my enterprise or person online'],
  selfRegisterHint: [
    '此账号尚未关联申请主体：登记一次后即可提交材料和申请。',
    'This account acts for no applicant yet: register once, then hand over materials and apply.',
  ],
  enterprise: ['企业', 'Enterprise'],
  openMaterial: ['调阅', 'Open'],
  download: ['下载', 'Download'],
  person: ['自然人', 'Person'],
  applyAtWindow: ['窗口代为申请', 'Apply at the window'],
  print: ['打印', 'Print'],
  acceptanceSlip: ['受理通知书', 'Acceptance slip'],
  violations: ['违规', 'Violations'],
  warnings: ['预警', 'Warnings'],
  auditChain: ['审计链', 'Audit chain'],
  verify: ['校验', 'Verify'],
  chainValid: ['审计链完整', 'The audit chain is intact'],
  chainBroken: ['审计链被破坏', 'The audit chain is broken'],
  followUps: ['评价回访', 'Ratings and follow-ups'],
  needRole: ['当前身份无权使用此页面。', 'The signed-in person has no role for this screen.'],
  done: ['完成', 'Done'],
  applied: ['已提交', 'Submitted'],
  score: ['评分', 'Score'],
  comment: ['意见', 'Comment'],
  respond: ['回复', 'Respond'],
  materialReviews: [
    '前置材料审查（一次审查，各部门共享）',
    'Prerequisite materials to review (once, for every department)',
  ],
  verified: ['核验通过', 'Verify'],
} satisfies Record<string, [string, string]>;

export type Word = keyof typeof dictionary;

const statusWords: Record<string, [string, string]> = {
  SUBMITTED: ['已提交', 'Submitted'],
  RETURNED: ['已退回', 'Returned'],
  IN_PROGRESS: ['办理中', 'In progress'],
  COMPLETED: ['已办结', 'Completed'],
  REJECTED: ['不予许可', 'Rejected'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
  OPEN: ['待受理', 'Open'],
  ACCEPTED: ['已受理', 'Accepted'],
  REVIEWED: ['已审核', 'Reviewed'],
  SUPPLEMENT_REQUESTED: ['待补正', 'Supplement requested'],
  APPROVED: ['已签发', 'Approved'],
  CANCELLED: ['已取消', 'Cancelled'],
  PENDING: ['待审查', 'Pending review'],
  VERIFIED: ['已核验', 'Verified'],
  SUPPLEMENT_SUPPLIED: ['已补正', 'Supplement supplied'],
  TASK_OPENED: ['部门任务开启', 'Task opened'],
  TASK_ACCEPTED: ['部门受理', 'Task accepted'],
  TASK_REVIEWED: ['部门审核', 'Task reviewed'],
  MEETING_RECORDED: ['会议纪要', 'Meeting recorded'],
  TASK_RESUMED: ['恢复计时', 'Task resumed'],
  TASK_APPROVED: ['部门签发', 'Task approved'],
  TASK_REJECTED: ['部门不予许可', 'Task rejected'],
  TASK_CANCELLED: ['部门任务取消', 'Task cancelled'],
  LICENCE_ISSUED: ['证照送达', 'Licence issued'],
  DECISION_IGNORED: ['未经平台的决定', 'Decision outside the hub'],
  OPENED: ['开启', 'Opened'],
  RESUMED: ['恢复', 'Resumed'],
  GREEN: ['正常', 'Green'],
  YELLOW: ['黄牌', 'Yellow'],
  RED: ['红牌', 'Red'],
};

const LanguageContext = createContext<{ language: Language; setLanguage(l: Language): void }>({
  language: 'zh-CN',
  setLanguage: () => {},
});

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(
    (localStorage.getItem('onestop.language') as Language | null) ?? 'zh-CN',
  );
  const setLanguage = (next: Language) => {
    localStorage.setItem('onestop.language', next);
    document.documentElement.lang = next;
    setLanguageState(next);
  };
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useLanguage() {
  return useContext(LanguageContext);
}

/** `t('accept')`, and `t.status('IN_PROGRESS')` for the schema's enum values. */
export function useT() {
  const { language } = useLanguage();
  const index = language === 'zh-CN' ? 0 : 1;
  const t = (word: Word) => dictionary[word][index];
  t.status = (value: string) => statusWords[value]?.[index] ?? value;
  t.date = (value: string | null | undefined) =>
    value ? new Date(value).toLocaleString(language, { hour12: false }) : '—';
  return t;
}
