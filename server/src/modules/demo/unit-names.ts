/**
 * Real public names of Zhengzhou's units (the reference city of SPEC §1): 59 municipal departments
 * and public-service units plus 16 districts, counties, county-level cities and development zones.
 * The data generated for them is synthetic; only the names are real.
 */

export const MUNICIPAL_NAMES: readonly string[] = [
  '市发展和改革委员会', '市教育局', '市科学技术局', '市工业和信息化局', '市公安局', '市民政局', '市司法局',
  '市财政局', '市人力资源和社会保障局', '市自然资源和规划局', '市生态环境局', '市城乡建设局', '市城市管理局',
  '市交通运输局', '市水利局', '市农业农村局', '市商务局', '市文化广电和旅游局', '市卫生健康委员会',
  '市退役军人事务局', '市应急管理局', '市审计局', '市政府国有资产监督管理委员会', '市市场监督管理局', '市体育局',
  '市统计局', '市医疗保障局', '市园林局', '市信访局', '市人民防空办公室', '市大数据管理局', '市机关事务管理局',
  '市地方金融监督管理局', '市住房保障和房地产管理局', '市林业局', '市外事办公室', '市民族宗教事务局', '市税务局',
  '市消防救援支队', '市气象局', '市档案馆', '市残疾人联合会', '市邮政管理局', '市烟草专卖局', '市地震局',
];

export const PUBLIC_SERVICE_NAMES: readonly string[] = [
  '市住房公积金管理中心', '市不动产登记中心', '市公共资源交易中心', '市供水集团', '市燃气集团', '市热力总公司',
  '市公交集团', '市轨道交通公司', '市供电公司', '市社会保险中心', '市政务服务中心', '市12345热线服务中心',
  '市紧急医疗救援中心', '市疾病预防控制中心',
];

export const DISTRICT_NAMES: readonly string[] = [
  '中原区', '二七区', '管城回族区', '金水区', '上街区', '惠济区', '中牟县', '巩义市', '荥阳市', '新密市', '新郑市',
  '登封市', '郑东新区', '郑州经济技术开发区', '郑州高新技术产业开发区', '郑州航空港经济综合实验区',
];

/**
 * The units a small city is made of, in this order: `units: 8` takes the first eight, so the smoke
 * preset still has a district, a municipal and a public-service unit of every profile that matters
 * (the N/A paths: no items, no resources, no systems; the incident-prone unit; improving, declining).
 */
export const PRIORITY_NAMES: readonly string[] = [
  '金水区', '市税务局', '市住房公积金管理中心', '市审计局', '中牟县', '市热力总公司', '市统计局', '郑东新区',
];

/** Units whose public services carry most of the city's cases (relative volume). */
export const HIGH_VOLUME_NAMES: Readonly<Record<string, number>> = {
  市公安局: 3, 市人力资源和社会保障局: 3, 市住房公积金管理中心: 3, 市不动产登记中心: 2.5, 市市场监督管理局: 2.5,
  市税务局: 2.5, 市医疗保障局: 2, 市社会保险中心: 2, 市政务服务中心: 2, 市交通运输局: 1.5, 市民政局: 1.5,
  市卫生健康委员会: 1.5, 市供水集团: 1.5, 市燃气集团: 1.5, 市供电公司: 1.5, 市教育局: 1.5,
};
