import type { PlatformRole } from "@openttc/domain/organization";
import { ZCreateOrganizationInput } from "@openttc/domain/organization";
import { usccCheckChar } from "@openttc/domain/uscc";
import { parseInput } from "@openttc/domain/validation";
import type { Random } from "../random";
import { daysBefore } from "./dates";
import { chineseName, foreignName } from "./names";
import type { BrokerProfileRow, MembershipRow, OrganizationRow, UserRow } from "./types";

type Kind = OrganizationRow["kind"];

/** What the generators know about a demo organization beyond its row. */
export interface OrgSpec {
  key: string;
  kind: Kind;
  nameZh: string;
  nameEn: string;
  country: string;
  province: string;
  city: string;
  /** Administrative division code (GB/T 2260) that a unified social credit code embeds. */
  division?: string;
  /** Top fields the organization publishes or answers in; the first is its strongest. */
  fields: string[];
  /** Industries whose exam-paper templates fit an enterprise. */
  industries?: string[];
  /** NASA centre name in the source data, for the US research centres. */
  nasaCenter?: string;
  /** How many more achievements it owns than an ordinary publisher. */
  weight?: number;
  verified?: boolean;
}

const KM = { country: "CN", province: "云南省", city: "昆明市" };
const YN = (city: string) => ({ country: "CN", province: "云南省", city });

// Universities, institutes and hospitals are real public bodies; every enterprise and the broker
// agency are invented for the demo. Credit codes are generated, not the bodies' real ones.
const ORGS: OrgSpec[] = [
  {
    key: "kmstb",
    kind: "government",
    nameZh: "昆明市科学技术局",
    nameEn: "Kunming Municipal Science and Technology Bureau",
    ...KM,
    division: "530100",
    fields: [],
  },
  {
    key: "chuncheng-tt",
    kind: "broker_agency",
    nameZh: "昆明春城技术转移服务有限公司",
    nameEn: "Kunming Chuncheng Technology Transfer Services Co., Ltd.",
    ...KM,
    division: "530102",
    fields: [],
  },
  {
    key: "kust",
    kind: "university",
    nameZh: "昆明理工大学",
    nameEn: "Kunming University of Science and Technology",
    ...KM,
    division: "530000",
    weight: 4,
    fields: [
      "new_materials",
      "high_end_equipment",
      "resources_mining",
      "energy_environment",
      "digital_economy",
      "new_energy",
      "chemical_engineering",
      "electronic_information",
      "construction_transport",
      "plateau_agriculture",
    ],
  },
  {
    key: "ynu",
    kind: "university",
    nameZh: "云南大学",
    nameEn: "Yunnan University",
    ...KM,
    division: "530000",
    weight: 2,
    fields: [
      "digital_economy",
      "biomedicine",
      "electronic_information",
      "plateau_agriculture",
      "modern_services",
    ],
  },
  {
    key: "ynau",
    kind: "university",
    nameZh: "云南农业大学",
    nameEn: "Yunnan Agricultural University",
    ...KM,
    division: "530000",
    weight: 3,
    fields: ["plateau_agriculture", "biomedicine", "energy_environment"],
  },
  {
    key: "kmmu",
    kind: "university",
    nameZh: "昆明医科大学",
    nameEn: "Kunming Medical University",
    ...KM,
    division: "530000",
    weight: 2,
    fields: ["biomedicine"],
  },
  {
    key: "ynnu",
    kind: "university",
    nameZh: "云南师范大学",
    nameEn: "Yunnan Normal University",
    ...KM,
    division: "530000",
    fields: ["new_energy", "digital_economy", "modern_services"],
  },
  {
    key: "swfu",
    kind: "university",
    nameZh: "西南林业大学",
    nameEn: "Southwest Forestry University",
    ...KM,
    division: "530000",
    fields: ["plateau_agriculture", "new_materials", "energy_environment"],
  },
  {
    key: "ynucm",
    kind: "university",
    nameZh: "云南中医药大学",
    nameEn: "Yunnan University of Chinese Medicine",
    ...KM,
    division: "530000",
    fields: ["biomedicine", "plateau_agriculture"],
  },
  {
    key: "dali",
    kind: "university",
    nameZh: "大理大学",
    nameEn: "Dali University",
    ...YN("大理市"),
    division: "532900",
    fields: ["biomedicine", "plateau_agriculture"],
  },
  {
    key: "scu",
    kind: "university",
    nameZh: "四川大学",
    nameEn: "Sichuan University",
    country: "CN",
    province: "四川省",
    city: "成都市",
    division: "510000",
    fields: ["biomedicine", "new_materials", "chemical_engineering", "digital_economy"],
  },
  {
    key: "gzu",
    kind: "university",
    nameZh: "贵州大学",
    nameEn: "Guizhou University",
    country: "CN",
    province: "贵州省",
    city: "贵阳市",
    division: "520000",
    fields: ["chemical_engineering", "plateau_agriculture", "digital_economy"],
  },
  {
    key: "scut",
    kind: "university",
    nameZh: "华南理工大学",
    nameEn: "South China University of Technology",
    country: "CN",
    province: "广东省",
    city: "广州市",
    division: "440000",
    fields: ["high_end_equipment", "new_materials", "new_energy", "electronic_information"],
  },
  {
    key: "kib",
    kind: "research_institute",
    nameZh: "中国科学院昆明植物研究所",
    nameEn: "Kunming Institute of Botany, Chinese Academy of Sciences",
    ...KM,
    division: "530100",
    fields: ["biomedicine", "plateau_agriculture"],
  },
  {
    key: "kiz",
    kind: "research_institute",
    nameZh: "中国科学院昆明动物研究所",
    nameEn: "Kunming Institute of Zoology, Chinese Academy of Sciences",
    ...KM,
    division: "530100",
    fields: ["biomedicine"],
  },
  {
    key: "yaas",
    kind: "research_institute",
    nameZh: "云南省农业科学院",
    nameEn: "Yunnan Academy of Agricultural Sciences",
    ...KM,
    division: "530000",
    weight: 2,
    fields: ["plateau_agriculture"],
  },
  {
    key: "kipm",
    kind: "research_institute",
    nameZh: "昆明贵金属研究所",
    nameEn: "Kunming Institute of Precious Metals",
    ...KM,
    division: "530100",
    weight: 2,
    fields: ["new_materials", "resources_mining", "chemical_engineering"],
  },
  {
    key: "yitc",
    kind: "research_institute",
    nameZh: "云南省热带作物科学研究所",
    nameEn: "Yunnan Institute of Tropical Crops",
    ...YN("景洪市"),
    division: "532800",
    fields: ["plateau_agriculture"],
  },
  {
    key: "sic",
    kind: "research_institute",
    nameZh: "中国科学院上海硅酸盐研究所",
    nameEn: "Shanghai Institute of Ceramics, Chinese Academy of Sciences",
    country: "CN",
    province: "上海市",
    city: "上海市",
    division: "310000",
    fields: ["new_materials", "new_energy"],
  },
  {
    key: "kmmu-h1",
    kind: "hospital",
    nameZh: "昆明医科大学第一附属医院",
    nameEn: "The First Affiliated Hospital of Kunming Medical University",
    ...KM,
    division: "530102",
    fields: ["biomedicine"],
    industries: ["hospital"],
  },
  {
    key: "ynfph",
    kind: "hospital",
    nameZh: "云南省第一人民医院",
    nameEn: "The First People's Hospital of Yunnan Province",
    ...KM,
    division: "530102",
    fields: ["biomedicine", "digital_economy"],
    industries: ["hospital"],
  },
  {
    key: "yntcm",
    kind: "hospital",
    nameZh: "云南省中医医院",
    nameEn: "Yunnan Provincial Hospital of Traditional Chinese Medicine",
    ...KM,
    division: "530102",
    fields: ["biomedicine"],
    industries: ["hospital", "sanqi"],
  },
  {
    key: "yunling",
    kind: "enterprise",
    nameZh: "昆明云岭高原农业科技有限公司",
    nameEn: "Kunming Yunling Plateau Agritech Co., Ltd.",
    ...KM,
    division: "530111",
    fields: ["plateau_agriculture"],
    industries: ["tea", "coffee", "flowers", "sanqi", "cold_chain"],
  },
  {
    key: "guyun",
    kind: "enterprise",
    nameZh: "普洱古韵茶业有限公司",
    nameEn: "Pu'er Guyun Tea Co., Ltd.",
    ...YN("普洱市"),
    division: "530800",
    fields: ["plateau_agriculture"],
    industries: ["tea"],
  },
  {
    key: "gaoli",
    kind: "enterprise",
    nameZh: "保山高黎贡咖啡庄园有限公司",
    nameEn: "Baoshan Gaoligong Coffee Estate Co., Ltd.",
    ...YN("保山市"),
    division: "530500",
    fields: ["plateau_agriculture"],
    industries: ["coffee"],
  },
  {
    key: "chunhui",
    kind: "enterprise",
    nameZh: "昆明春晖花卉科技有限公司",
    nameEn: "Kunming Chunhui Floriculture Technology Co., Ltd.",
    ...KM,
    division: "530114",
    fields: ["plateau_agriculture"],
    industries: ["flowers"],
  },
  {
    key: "sanqiyuan",
    kind: "enterprise",
    nameZh: "文山三七源生物科技有限公司",
    nameEn: "Wenshan Sanqiyuan Biotech Co., Ltd.",
    ...YN("文山市"),
    division: "532601",
    fields: ["biomedicine", "plateau_agriculture"],
    industries: ["sanqi", "biopharma"],
  },
  {
    key: "diangui",
    kind: "enterprise",
    nameZh: "云南滇贵稀贵金属材料有限公司",
    nameEn: "Yunnan Diangui Precious Metal Materials Co., Ltd.",
    ...KM,
    division: "530100",
    fields: ["new_materials"],
    industries: ["precious_metals"],
  },
  {
    key: "linhai",
    kind: "enterprise",
    nameZh: "安宁磷海化工有限公司",
    nameEn: "Anning Linhai Phosphorus Chemicals Co., Ltd.",
    ...YN("安宁市"),
    division: "530181",
    fields: ["chemical_engineering"],
    industries: ["phosphorus"],
  },
  {
    key: "coldchain",
    kind: "enterprise",
    nameZh: "云南高原冷链物流有限公司",
    nameEn: "Yunnan Plateau Cold-Chain Logistics Co., Ltd.",
    ...KM,
    division: "530111",
    fields: ["construction_transport"],
    industries: ["cold_chain"],
  },
  {
    key: "lancang",
    kind: "enterprise",
    nameZh: "澜沧江水电运维科技有限公司",
    nameEn: "Lancang River Hydropower O&M Technology Co., Ltd.",
    ...KM,
    division: "530102",
    fields: ["high_end_equipment"],
    industries: ["hydropower"],
  },
  {
    key: "yulong",
    kind: "enterprise",
    nameZh: "丽江玉龙文旅数字科技有限公司",
    nameEn: "Lijiang Yulong Cultural Tourism Digital Technology Co., Ltd.",
    ...YN("丽江市"),
    division: "530700",
    fields: ["digital_economy"],
    industries: ["tourism"],
  },
  {
    key: "cczn",
    kind: "enterprise",
    nameZh: "昆明春城智能装备有限公司",
    nameEn: "Kunming Chuncheng Intelligent Equipment Co., Ltd.",
    ...KM,
    division: "530112",
    fields: ["high_end_equipment"],
    industries: ["equipment"],
    weight: 1,
  },
  {
    key: "xinlv",
    kind: "enterprise",
    nameZh: "玉溪新铝合金材料有限公司",
    nameEn: "Yuxi Xinlü Aluminium Alloy Materials Co., Ltd.",
    ...YN("玉溪市"),
    division: "530400",
    fields: ["new_materials"],
    industries: ["aluminium"],
  },
  {
    key: "guiguang",
    kind: "enterprise",
    nameZh: "曲靖硅光新能源科技有限公司",
    nameEn: "Qujing Guiguang New Energy Technology Co., Ltd.",
    ...YN("曲靖市"),
    division: "530300",
    fields: ["new_energy"],
    industries: ["photovoltaics"],
  },
  {
    key: "diankang",
    kind: "enterprise",
    nameZh: "云南滇康生物医药有限公司",
    nameEn: "Yunnan Diankang Biopharma Co., Ltd.",
    ...KM,
    division: "530100",
    fields: ["biomedicine"],
    industries: ["biopharma"],
    weight: 1,
  },
  {
    key: "xidu",
    kind: "enterprise",
    nameZh: "红河锡都新材料有限公司",
    nameEn: "Honghe Xidu New Materials Co., Ltd.",
    ...YN("个旧市"),
    division: "532501",
    fields: ["new_materials", "resources_mining"],
    industries: ["tin"],
  },
  {
    key: "tianfu",
    kind: "enterprise",
    nameZh: "成都天府数智科技有限公司",
    nameEn: "Chengdu Tianfu Data Intelligence Technology Co., Ltd.",
    country: "CN",
    province: "四川省",
    city: "成都市",
    division: "510100",
    fields: ["digital_economy"],
    industries: ["digital"],
    weight: 1,
  },
  {
    key: "nanshan",
    kind: "enterprise",
    nameZh: "深圳南山精密仪器有限公司",
    nameEn: "Shenzhen Nanshan Precision Instruments Co., Ltd.",
    country: "CN",
    province: "广东省",
    city: "深圳市",
    division: "440300",
    fields: ["high_end_equipment"],
    industries: ["equipment"],
  },
  {
    key: "dianzhong",
    kind: "enterprise",
    nameZh: "云南滇中环保水务有限公司",
    nameEn: "Yunnan Dianzhong Environmental Water Co., Ltd.",
    ...KM,
    division: "530100",
    fields: ["energy_environment"],
    industries: ["water"],
  },
  {
    key: "asean-agri",
    kind: "enterprise",
    nameZh: "广西东盟农产品供应链有限公司",
    nameEn: "Guangxi ASEAN Agri-Product Supply Chain Co., Ltd.",
    country: "CN",
    province: "广西壮族自治区",
    city: "南宁市",
    division: "450100",
    fields: ["plateau_agriculture"],
    industries: ["cold_chain", "coffee"],
  },
  {
    key: "dianye",
    kind: "enterprise",
    nameZh: "云南滇叶农业机械有限公司",
    nameEn: "Yunnan Dianye Agricultural Machinery Co., Ltd.",
    ...YN("玉溪市"),
    division: "530400",
    fields: ["plateau_agriculture", "high_end_equipment"],
    industries: ["tobacco", "equipment"],
  },
  {
    key: "chula",
    kind: "university",
    nameZh: "朱拉隆功大学",
    nameEn: "Chulalongkorn University",
    country: "TH",
    province: "Bangkok",
    city: "Bangkok",
    fields: ["biomedicine", "plateau_agriculture", "digital_economy"],
  },
  {
    key: "iitm",
    kind: "university",
    nameZh: "印度理工学院马德拉斯分校",
    nameEn: "Indian Institute of Technology Madras",
    country: "IN",
    province: "Tamil Nadu",
    city: "Chennai",
    fields: ["digital_economy", "high_end_equipment", "new_materials", "new_energy"],
  },
  {
    key: "vaas",
    kind: "research_institute",
    nameZh: "越南农业科学院",
    nameEn: "Vietnam Academy of Agricultural Sciences",
    country: "VN",
    province: "Hanoi",
    city: "Hanoi",
    fields: ["plateau_agriculture"],
  },
  {
    key: "um",
    kind: "university",
    nameZh: "马来亚大学",
    nameEn: "Universiti Malaya",
    country: "MY",
    province: "Kuala Lumpur",
    city: "Kuala Lumpur",
    fields: ["biomedicine", "energy_environment"],
  },
  {
    key: "usp",
    kind: "university",
    nameZh: "圣保罗大学",
    nameEn: "Universidade de São Paulo",
    country: "BR",
    province: "São Paulo",
    city: "São Paulo",
    fields: ["plateau_agriculture", "biomedicine", "new_energy"],
  },
  {
    key: "skoltech",
    kind: "research_institute",
    nameZh: "斯科尔科沃科学技术研究院",
    nameEn: "Skolkovo Institute of Science and Technology",
    country: "RU",
    province: "Moscow",
    city: "Moscow",
    fields: ["new_materials", "new_energy", "digital_economy"],
  },
  {
    key: "stellenbosch",
    kind: "university",
    nameZh: "斯泰伦博斯大学",
    nameEn: "Stellenbosch University",
    country: "ZA",
    province: "Western Cape",
    city: "Stellenbosch",
    fields: ["plateau_agriculture", "energy_environment"],
  },
  {
    key: "bolaven",
    kind: "enterprise",
    nameZh: "老挝波罗芬高原咖啡有限公司",
    nameEn: "Bolaven Highland Coffee Co., Ltd.",
    country: "LA",
    province: "Champasak",
    city: "Pakse",
    fields: ["plateau_agriculture"],
    industries: ["coffee"],
  },
  {
    key: "mandalay",
    kind: "enterprise",
    nameZh: "曼德勒农业科技有限公司",
    nameEn: "Mandalay Agro-Tech Co., Ltd.",
    country: "MM",
    province: "Mandalay Region",
    city: "Mandalay",
    fields: ["plateau_agriculture"],
    industries: ["cold_chain", "tea"],
  },
  {
    key: "cm-herbal",
    kind: "enterprise",
    nameZh: "清迈草本提取物有限公司",
    nameEn: "Chiang Mai Herbal Extracts Co., Ltd.",
    country: "TH",
    province: "Chiang Mai",
    city: "Chiang Mai",
    fields: ["biomedicine"],
    industries: ["biopharma"],
  },
];

// NASA centres own the listings written from NASA patents; only centres present in the data get a row.
const NASA_CENTRES: OrgSpec[] = [
  {
    key: "nasa-langley",
    nasaCenter: "NASA Langley Research Center",
    nameZh: "美国国家航空航天局兰利研究中心",
    nameEn: "NASA Langley Research Center",
    province: "Virginia",
    city: "Hampton",
  },
  {
    key: "nasa-glenn",
    nasaCenter: "NASA Glenn Research Center",
    nameZh: "美国国家航空航天局格伦研究中心",
    nameEn: "NASA Glenn Research Center",
    province: "Ohio",
    city: "Cleveland",
  },
  {
    key: "nasa-goddard",
    nasaCenter: "NASA Goddard Space Flight Center",
    nameZh: "美国国家航空航天局戈达德太空飞行中心",
    nameEn: "NASA Goddard Space Flight Center",
    province: "Maryland",
    city: "Greenbelt",
  },
  {
    key: "nasa-johnson",
    nasaCenter: "NASA Johnson Space Center",
    nameZh: "美国国家航空航天局约翰逊航天中心",
    nameEn: "NASA Johnson Space Center",
    province: "Texas",
    city: "Houston",
  },
  {
    key: "nasa-marshall",
    nasaCenter: "NASA Marshall Space Flight Center",
    nameZh: "美国国家航空航天局马歇尔太空飞行中心",
    nameEn: "NASA Marshall Space Flight Center",
    province: "Alabama",
    city: "Huntsville",
  },
  {
    key: "nasa-ames",
    nasaCenter: "NASA Ames Research Center",
    nameZh: "美国国家航空航天局艾姆斯研究中心",
    nameEn: "NASA Ames Research Center",
    province: "California",
    city: "Moffett Field",
  },
  {
    key: "nasa-jpl",
    nasaCenter: "NASA Jet Propulsion Laboratory",
    nameZh: "美国国家航空航天局喷气推进实验室",
    nameEn: "NASA Jet Propulsion Laboratory",
    province: "California",
    city: "Pasadena",
  },
  {
    key: "nasa-kennedy",
    nasaCenter: "NASA Kennedy Space Center",
    nameZh: "美国国家航空航天局肯尼迪航天中心",
    nameEn: "NASA Kennedy Space Center",
    province: "Florida",
    city: "Merritt Island",
  },
  {
    key: "nasa-armstrong",
    nasaCenter: "NASA Armstrong Flight Research Center",
    nameZh: "美国国家航空航天局阿姆斯特朗飞行研究中心",
    nameEn: "NASA Armstrong Flight Research Center",
    province: "California",
    city: "Edwards",
  },
  {
    key: "nasa-stennis",
    nasaCenter: "NASA Stennis Space Center",
    nameZh: "美国国家航空航天局斯坦尼斯航天中心",
    nameEn: "NASA Stennis Space Center",
    province: "Mississippi",
    city: "Hancock County",
  },
].map((c) => ({
  ...c,
  kind: "research_institute" as const,
  country: "US",
  fields: ["high_end_equipment"],
}));

const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

// GB 11714: the organization code inside a credit code has its own check character.
function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** A valid unified social credit code for an organization of this kind registered in `division`. */
export function generateUscc(rng: Random, kind: Kind, division: string): string {
  // Registration authority + type: 11 government organ, 12 public institution, 91 company.
  const prefix =
    kind === "government" ? "11" : kind === "enterprise" || kind === "broker_agency" ? "91" : "12";
  let body = "";
  if (prefix === "91" && rng.chance(0.6)) {
    // Companies registered since 2015 carry an "MA" organization code.
    body = "MA";
    for (let i = 0; i < 6; i++) body += USCC_ALPHABET.charAt(rng.int(0, USCC_ALPHABET.length - 1));
  } else {
    for (let i = 0; i < 8; i++) body += String(rng.int(0, 9));
  }
  const first17 = `${prefix}${division}${body}${orgCodeCheck(body)}`;
  return `${first17}${usccCheckChar(first17)}`;
}

/** A seeded user with the organization and role it belongs to. */
export interface SeedUser {
  row: UserRow;
  orgKey: string;
  role: "admin" | "member";
}

/** The organizations with their users, memberships and broker profiles. */
export interface OrgsResult {
  specs: OrgSpec[];
  rows: OrganizationRow[];
  byKey: Map<string, { spec: OrgSpec; row: OrganizationRow; users: SeedUser[] }>;
  users: SeedUser[];
  memberships: MembershipRow[];
  brokerProfiles: BrokerProfileRow[];
}

/** The e-mail addresses of the demo logins, one per role; other code and the README rely on them. */
export const DEMO_LOGINS = {
  operator: "operator@demo.openttc.org",
  reviewer: "reviewer@demo.openttc.org",
  institute: "institute@demo.openttc.org",
  instituteMember: "institute-member@demo.openttc.org",
  enterprise: "enterprise@demo.openttc.org",
  broker: "broker@demo.openttc.org",
} as const;

interface DemoAccount {
  email: string;
  orgKey: string;
  role: "admin" | "member";
  displayName: string;
  platformRoles: PlatformRole[];
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: DEMO_LOGINS.operator,
    orgKey: "kmstb",
    role: "admin",
    displayName: "赵云华（平台运营）",
    platformRoles: ["operator"],
  },
  {
    email: DEMO_LOGINS.reviewer,
    orgKey: "kmstb",
    role: "member",
    displayName: "李思敏（成果审核）",
    platformRoles: ["reviewer"],
  },
  {
    email: DEMO_LOGINS.institute,
    orgKey: "kust",
    role: "admin",
    displayName: "张建国（科技成果转化中心）",
    platformRoles: [],
  },
  {
    email: DEMO_LOGINS.instituteMember,
    orgKey: "kust",
    role: "member",
    displayName: "段晓雪",
    platformRoles: [],
  },
  {
    email: DEMO_LOGINS.enterprise,
    orgKey: "yunling",
    role: "admin",
    displayName: "杨春明（研发总监）",
    platformRoles: [],
  },
  {
    email: DEMO_LOGINS.broker,
    orgKey: "chuncheng-tt",
    role: "member",
    displayName: "周海涛（高级技术经理人）",
    platformRoles: [],
  },
];

/** Generates the demo organizations (only NASA centres the data needs), users, memberships and broker profiles. */
export function generateOrganizations(
  rng: Random,
  now: Date,
  nasaCenters: ReadonlySet<string>,
): OrgsResult {
  const specs = [
    ...ORGS,
    ...NASA_CENTRES.filter((c) => c.nasaCenter && nasaCenters.has(c.nasaCenter)),
  ];
  const rows: OrganizationRow[] = [];
  const byKey: OrgsResult["byKey"] = new Map();
  for (const spec of specs) {
    const uscc =
      spec.country === "CN" && spec.division ? generateUscc(rng, spec.kind, spec.division) : null;
    const input = parseInput(ZCreateOrganizationInput, {
      kind: spec.kind,
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      region: { country: spec.country, province: spec.province, city: spec.city },
      uscc,
    });
    const createdAt = daysBefore(now, rng.int(240, 900), rng);
    const row: OrganizationRow = {
      id: rng.uuid(),
      kind: input.kind,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      country: input.region.country,
      province: input.region.province,
      city: input.region.city,
      uscc: input.uscc,
      verified: spec.verified ?? !(spec.kind === "enterprise" && rng.chance(0.15)),
      createdAt,
      updatedAt: createdAt,
    };
    rows.push(row);
    byKey.set(spec.key, { spec, row, users: [] });
  }

  const users: SeedUser[] = [];
  const emails = new Set<string>();
  const addUser = (
    orgKey: string,
    role: "admin" | "member",
    email: string,
    displayName: string,
    platformRoles: PlatformRole[],
  ) => {
    const org = byKey.get(orgKey);
    if (!org) throw new Error(`unknown organization ${orgKey}`);
    const user: SeedUser = {
      orgKey,
      role,
      row: {
        id: rng.uuid(),
        email,
        displayName,
        locale: org.spec.country === "CN" ? "zh-CN" : "en",
        platformRoles,
        createdAt: daysBefore(now, rng.int(30, 200), rng),
      },
    };
    emails.add(email);
    users.push(user);
    org.users.push(user);
    return user;
  };

  for (const a of DEMO_ACCOUNTS) addUser(a.orgKey, a.role, a.email, a.displayName, a.platformRoles);
  for (const spec of specs) {
    const org = byKey.get(spec.key);
    if (!org) continue;
    // One admin everywhere; a second member for universities and the broker agency.
    const wanted = spec.kind === "university" || spec.kind === "broker_agency" ? 2 : 1;
    while (org.users.length < wanted + (spec.key === "chuncheng-tt" ? 1 : 0)) {
      const name = spec.country === "CN" ? chineseName(rng) : foreignName(rng, spec.country);
      let email = `${name.pinyin}@${spec.key}.demo.openttc.org`;
      for (let n = 2; emails.has(email); n++)
        email = `${name.pinyin}${n}@${spec.key}.demo.openttc.org`;
      addUser(
        spec.key,
        org.users.some((u) => u.role === "admin") ? "member" : "admin",
        email,
        name.zh,
        [],
      );
    }
  }

  const memberships: MembershipRow[] = users.map((u) => ({
    userId: u.row.id as string,
    orgId: byKey.get(u.orgKey)?.row.id as string,
    role: u.role,
    createdAt: u.row.createdAt,
  }));

  const brokers = byKey.get("chuncheng-tt")?.users ?? [];
  const tiers = ["senior", "intermediate", "junior"] as const;
  const brokerProfiles: BrokerProfileRow[] = brokers.map((u, i) => ({
    userId: u.row.id as string,
    tier: u.row.email === DEMO_LOGINS.broker ? "senior" : (tiers[Math.min(i, 2)] ?? "junior"),
    fields:
      u.row.email === DEMO_LOGINS.broker
        ? ["plateau_agriculture", "biomedicine", "new_materials"]
        : rng.sample(
            ["digital_economy", "high_end_equipment", "new_energy", "energy_environment"],
            2,
          ),
    certifications:
      u.row.email === DEMO_LOGINS.broker
        ? [
            "高级技术经理人（国家技术转移人才培养基地）",
            "技术合同登记员",
            "Certified Licensing Professional (CLP)",
          ]
        : ["初级技术经纪人（云南省科技厅培训合格）"],
    dealsClosed: u.row.email === DEMO_LOGINS.broker ? 17 : rng.int(1, 6),
    createdAt: u.row.createdAt,
  }));

  return { specs, rows, byKey, users, memberships, brokerProfiles };
}
