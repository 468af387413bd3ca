import type { Rng } from './random.js';

/** Name pools for generated records. Plausible, not real records. */

const GENERIC_RESOURCE_TOPICS = [
  '行政许可信息', '行政处罚信息', '机构基本信息', '从业人员信息', '监督检查记录', '统计年报数据', '项目审批信息',
  '资金拨付信息', '信用评价信息', '投诉举报信息', '政策文件目录', '证照信息', '设施台账', '应急预案信息',
  '专项检查结果', '办件结果信息', '重点企业名录', '执法人员信息', '财政补贴发放信息', '业务统计月报',
];

const RESOURCE_TOPICS: Readonly<Record<string, readonly string[]>> = {
  市公安局: ['户籍人口信息', '居民身份证信息', '机动车登记信息', '驾驶人信息', '出入境证件信息', '流动人口登记信息'],
  市人力资源和社会保障局: ['社会保险参保信息', '就业登记信息', '失业登记信息', '职业资格证书信息', '劳动合同备案信息'],
  市住房公积金管理中心: ['公积金缴存信息', '公积金提取信息', '公积金贷款信息', '缴存单位信息'],
  市不动产登记中心: ['不动产登记信息', '不动产抵押信息', '不动产查封信息', '房屋交易备案信息'],
  市市场监督管理局: ['市场主体登记信息', '食品经营许可信息', '特种设备信息', '企业年报信息', '经营异常名录'],
  市税务局: ['纳税人登记信息', '纳税信用等级信息', '欠税公告信息', '发票领用信息'],
  市民政局: ['婚姻登记信息', '低保对象信息', '社会组织登记信息', '养老机构信息', '殡葬服务信息'],
  市卫生健康委员会: ['医疗机构信息', '医师执业注册信息', '出生医学证明信息', '预防接种信息'],
  市教育局: ['学校基本信息', '学籍信息', '教师资格信息', '招生入学信息'],
  市交通运输局: ['道路运输经营许可信息', '营运车辆信息', '出租汽车驾驶员信息', '公交线路信息'],
  市医疗保障局: ['医保参保信息', '医保结算信息', '定点医药机构信息'],
  市供水集团: ['用水户信息', '水费缴纳信息', '供水管网信息'],
  市燃气集团: ['燃气用户信息', '燃气缴费信息', '燃气安全检查信息'],
  市供电公司: ['用电户信息', '电费缴纳信息', '停电计划信息'],
};

const DISTRICT_RESOURCE_TOPICS = ['辖区人口信息', '城乡低保信息', '网格事件信息', '企业服务台账', '建设项目信息'];

export function resourceName(unitName: string, kind: string, index: number): string {
  const own = RESOURCE_TOPICS[unitName] ?? (kind === 'district' ? DISTRICT_RESOURCE_TOPICS : []);
  const pool = [...own, ...GENERIC_RESOURCE_TOPICS];
  const topic = pool[index % pool.length];
  const round = Math.floor(index / pool.length);
  const prefix = unitName.replace(/^市/, '');
  return round === 0 ? `${prefix}${topic}` : `${prefix}${topic}（${round + 1}）`;
}

const SYSTEM_NAMES = [
  '业务办理系统', '门户网站', '数据共享前置系统', '协同办公系统', '监管执法平台', '档案管理系统', '统计分析平台',
  '视频监控平台', '移动办公系统', '呼叫中心系统', '综合服务平台', '智能审批系统',
];

export function systemName(unitName: string, index: number): string {
  const round = Math.floor(index / SYSTEM_NAMES.length);
  const base = `${unitName.replace(/^市/, '')}${SYSTEM_NAMES[index % SYSTEM_NAMES.length]}`;
  return round === 0 ? base : `${base}（${round + 1}期）`;
}

const GENERIC_ITEMS = ['政府信息公开申请', '投诉举报受理', '证明开具', '行政许可', '资质认定', '补贴申领', '备案登记'];
const UNIT_ITEMS: Readonly<Record<string, readonly string[]>> = {
  市公安局: ['户口迁移', '居民身份证换领', '无犯罪记录证明', '机动车登记', '驾驶证换证'],
  市人力资源和社会保障局: ['社会保障卡申领', '失业保险金申领', '职业资格证书查询', '就业创业证申领'],
  市住房公积金管理中心: ['住房公积金提取', '公积金贷款申请', '缴存基数调整', '单位缴存登记'],
  市不动产登记中心: ['不动产登记资料查询', '抵押权登记', '转移登记', '首次登记'],
  市市场监督管理局: ['企业设立登记', '食品经营许可', '个体工商户登记', '特种设备使用登记'],
  市税务局: ['发票申领', '个人所得税汇算', '税务登记', '纳税证明开具'],
  市民政局: ['婚姻登记预约', '最低生活保障申请', '社会团体登记', '高龄津贴申领'],
  市卫生健康委员会: ['出生医学证明', '医师执业注册', '医疗机构执业登记'],
  市医疗保障局: ['医保关系转移', '异地就医备案', '门诊慢特病申请'],
  市交通运输局: ['道路运输证办理', '出租汽车驾驶员从业资格', '网约车运输证'],
  市供水集团: ['用水报装', '水表过户', '水费发票开具'],
  市燃气集团: ['燃气开户', '燃气过户', '燃气报修'],
  市供电公司: ['用电报装', '电表过户', '电费发票开具'],
};
const DISTRICT_ITEMS = ['居住证办理', '残疾人补贴申领', '城乡居民医保参保登记', '建设工程规划许可', '入学登记'];
const ITEM_VARIANTS = ['', '（变更）', '（注销）', '（延续）', '（补办）', '（查询）'];

export function itemName(unitName: string, kind: string, index: number): string {
  const own = UNIT_ITEMS[unitName] ?? (kind === 'district' ? DISTRICT_ITEMS : []);
  const pool = [...own, ...GENERIC_ITEMS];
  const base = pool[index % pool.length];
  const variant = Math.floor(index / pool.length);
  if (variant < ITEM_VARIANTS.length) return `${base}${ITEM_VARIANTS[variant]}`;
  return `${base}（${variant - ITEM_VARIANTS.length + 2}）`;
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红晶琳飞志宇浩然欣怡子轩思雨博文俊凯佳慧';

export function personName(rng: Rng): string {
  const surname = SURNAMES[rng.int(0, SURNAMES.length - 1)];
  const first = GIVEN[rng.int(0, GIVEN.length - 1)];
  return rng.chance(0.35) ? `${surname}${first}` : `${surname}${first}${GIVEN[rng.int(0, GIVEN.length - 1)]}`;
}

export const INCIDENT_DESCRIPTIONS: readonly string[] = [
  '门户网站弱口令被利用，后台账号遭非法登录', '数据库端口暴露于互联网，存在未授权访问', '内部人员越权查询公民个人信息',
  '办公终端感染勒索病毒，部分文件被加密', '网页被篡改，已下线整改', '共享接口未鉴权，批量数据被异常调用',
  '外包运维人员违规拷贝业务数据', '业务系统存在高危漏洞未及时修复，被通报', '含敏感信息的文件通过互联网邮箱外发',
  '政务云主机遭暴力破解告警', '数据备份缺失导致部分业务数据丢失', '微信公众号后台账号被盗用',
];
