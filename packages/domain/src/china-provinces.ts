/**
 * China's provincial-level divisions: the name as written in Chinese, the short form people also
 * write (云南 for 云南省) and the English name in use. Listings store the province as entered;
 * this table lets an English page show "Yunnan" for 云南省.
 */
export const CHINA_PROVINCES = [
  { zh: "北京市", short: "北京", en: "Beijing" },
  { zh: "天津市", short: "天津", en: "Tianjin" },
  { zh: "河北省", short: "河北", en: "Hebei" },
  { zh: "山西省", short: "山西", en: "Shanxi" },
  { zh: "内蒙古自治区", short: "内蒙古", en: "Inner Mongolia" },
  { zh: "辽宁省", short: "辽宁", en: "Liaoning" },
  { zh: "吉林省", short: "吉林", en: "Jilin" },
  { zh: "黑龙江省", short: "黑龙江", en: "Heilongjiang" },
  { zh: "上海市", short: "上海", en: "Shanghai" },
  { zh: "江苏省", short: "江苏", en: "Jiangsu" },
  { zh: "浙江省", short: "浙江", en: "Zhejiang" },
  { zh: "安徽省", short: "安徽", en: "Anhui" },
  { zh: "福建省", short: "福建", en: "Fujian" },
  { zh: "江西省", short: "江西", en: "Jiangxi" },
  { zh: "山东省", short: "山东", en: "Shandong" },
  { zh: "河南省", short: "河南", en: "Henan" },
  { zh: "湖北省", short: "湖北", en: "Hubei" },
  { zh: "湖南省", short: "湖南", en: "Hunan" },
  { zh: "广东省", short: "广东", en: "Guangdong" },
  { zh: "广西壮族自治区", short: "广西", en: "Guangxi" },
  { zh: "海南省", short: "海南", en: "Hainan" },
  { zh: "重庆市", short: "重庆", en: "Chongqing" },
  { zh: "四川省", short: "四川", en: "Sichuan" },
  { zh: "贵州省", short: "贵州", en: "Guizhou" },
  { zh: "云南省", short: "云南", en: "Yunnan" },
  { zh: "西藏自治区", short: "西藏", en: "Xizang" },
  { zh: "陕西省", short: "陕西", en: "Shaanxi" },
  { zh: "甘肃省", short: "甘肃", en: "Gansu" },
  { zh: "青海省", short: "青海", en: "Qinghai" },
  { zh: "宁夏回族自治区", short: "宁夏", en: "Ningxia" },
  { zh: "新疆维吾尔自治区", short: "新疆", en: "Xinjiang" },
  { zh: "台湾省", short: "台湾", en: "Taiwan" },
  { zh: "香港特别行政区", short: "香港", en: "Hong Kong" },
  { zh: "澳门特别行政区", short: "澳门", en: "Macao" },
] as const;

const ENGLISH = new Map<string, string>(
  CHINA_PROVINCES.flatMap((p) => [
    [p.zh, p.en],
    [p.short, p.en],
  ]),
);

/** The English name of a Chinese province written in full or short (云南省, 云南); null for any other name. */
export function englishProvinceName(name: string): string | null {
  return ENGLISH.get(name.trim()) ?? null;
}
