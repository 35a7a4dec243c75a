import type { AchievementStatus, DemandStatus } from "@openttc/domain/lifecycle";
import type { TransferMode, Visibility } from "@openttc/domain/listing-common";
import type { OrgKind } from "@openttc/domain/organization";
import type { AchievementDoc, DemandDoc } from "./documents";

/** The clock of the fixture corpus: expiries and deadlines are relative to it. */
export const NOW = Date.UTC(2026, 5, 1);
const DAY = 24 * 3600 * 1000;

interface Org {
  orgId: string;
  orgKind: OrgKind;
  orgNameZh: string | null;
  orgNameEn: string | null;
  country: string;
  province: string;
  city: string;
}

const org = (
  orgId: string,
  orgKind: OrgKind,
  orgNameZh: string | null,
  orgNameEn: string,
  country: string,
  province: string,
  city: string,
): Org => ({ orgId, orgKind, orgNameZh, orgNameEn, country, province, city });

/** Organizations owning the fixture listings. */
export const ORGS = {
  ynu: org("org-ynu", "university", "云南大学", "Yunnan University", "CN", "Yunnan", "Kunming"),
  kust: org(
    "org-kust",
    "university",
    "昆明理工大学",
    "Kunming University of Science and Technology",
    "CN",
    "Yunnan",
    "Kunming",
  ),
  kib: org(
    "org-kib",
    "research_institute",
    "中国科学院昆明植物研究所",
    "Kunming Institute of Botany",
    "CN",
    "Yunnan",
    "Kunming",
  ),
  hosp: org(
    "org-hosp",
    "hospital",
    "云南省第一人民医院",
    "First People's Hospital of Yunnan",
    "CN",
    "Yunnan",
    "Kunming",
  ),
  scut: org(
    "org-scut",
    "university",
    "华南理工大学",
    "South China University of Technology",
    "CN",
    "Guangdong",
    "Guangzhou",
  ),
  tistr: org(
    "org-tistr",
    "research_institute",
    null,
    "Thailand Institute of Scientific and Technological Research",
    "TH",
    "Pathum Thani",
    "Khlong Luang",
  ),
  iisc: org(
    "org-iisc",
    "university",
    null,
    "Indian Institute of Science",
    "IN",
    "Karnataka",
    "Bengaluru",
  ),
  dianzhong: org(
    "org-dianzhong",
    "enterprise",
    "滇中新材料有限公司",
    "Dianzhong New Materials Co., Ltd.",
    "CN",
    "Yunnan",
    "Yuxi",
  ),
  puer: org("org-puer", "enterprise", "普洱茶业集团", "Pu'er Tea Group", "CN", "Yunnan", "Pu'er"),
  huizhou: org(
    "org-huizhou",
    "enterprise",
    "惠州电池科技有限公司",
    "Huizhou Battery Technology Co., Ltd.",
    "CN",
    "Guangdong",
    "Huizhou",
  ),
} as const;

interface AchievementSpec {
  id: string;
  org: Org;
  zh?: [title: string, summary?: string];
  en?: [title: string, summary?: string];
  field: string;
  trl: number;
  modes: TransferMode[];
  price?: [number | null, number | null];
  keywords?: string[];
  status?: AchievementStatus;
  visibility?: Visibility;
  /** Days before NOW it was published. */
  age: number;
  /** Days after NOW it expires (negative: already expired). */
  expiresIn?: number;
}

const achievement = (s: AchievementSpec): AchievementDoc => ({
  id: s.id,
  version: 1,
  titleZh: s.zh?.[0] ?? null,
  summaryZh: s.zh?.[1] ?? null,
  titleEn: s.en?.[0] ?? null,
  summaryEn: s.en?.[1] ?? null,
  keywords: s.keywords ?? [],
  field: s.field,
  fieldTop: s.field.split(".")[0] as string,
  ...s.org,
  status: s.status ?? "published",
  visibility: s.visibility ?? "public",
  publishedAt: NOW - s.age * DAY,
  expiresAt: NOW + (s.expiresIn ?? 300) * DAY,
  trl: s.trl,
  transferModes: s.modes,
  priceMin: s.price?.[0] ?? null,
  priceMax: s.price?.[1] ?? null,
});

/** Achievements of the contract corpus: bilingual, Chinese-only and English-only listings. */
export const ACHIEVEMENTS: AchievementDoc[] = [
  achievement({
    id: "a01",
    org: ORGS.kust,
    zh: [
      "石墨烯导热膜",
      "以化学气相沉积法制备的高导热石墨烯薄膜，面内热导率超过1500 W/mK，用于智能手机和芯片散热。",
    ],
    field: "new_materials.carbon",
    trl: 6,
    modes: ["exclusive_licence", "transfer"],
    price: [2_000_000, 5_000_000],
    keywords: ["石墨烯", "导热膜", "散热"],
    age: 10,
  }),
  achievement({
    id: "a02",
    org: ORGS.ynu,
    zh: [
      "一种石墨烯导热膜的制备方法及其在电子散热中的应用",
      "通过氧化石墨烯还原与高温石墨化得到柔性导热膜。",
    ],
    field: "new_materials.carbon",
    trl: 4,
    modes: ["non_exclusive_licence"],
    age: 40,
  }),
  achievement({
    id: "a03",
    org: ORGS.iisc,
    en: [
      "Graphene-enhanced thermal interface material",
      "A silicone pad loaded with graphene nanoplatelets that lowers the thermal resistance between chips and heat sinks.",
    ],
    field: "new_materials.carbon",
    trl: 5,
    modes: ["non_exclusive_licence", "joint_development"],
    price: [50_000, 80_000],
    age: 25,
  }),
  achievement({
    id: "a04",
    org: ORGS.kust,
    zh: [
      "北斗卫星导航定位终端",
      "基于北斗三号的高精度定位终端，支持厘米级实时动态定位，适用于精准农业和物流车辆。",
    ],
    field: "digital_economy.iot",
    trl: 8,
    modes: ["transfer"],
    price: [300_000, null],
    age: 5,
  }),
  achievement({
    id: "a05",
    org: ORGS.kib,
    zh: [
      "三七总皂苷提取纯化工艺",
      "采用大孔树脂吸附与膜分离联用技术，从三七主根中提取总皂苷，纯度达到90%以上。",
    ],
    field: "biomedicine.tcm",
    trl: 7,
    modes: ["transfer", "equity_investment"],
    price: [1_500_000, 1_500_000],
    age: 60,
  }),
  achievement({
    id: "a06",
    org: ORGS.hosp,
    en: [
      "Panax notoginseng saponin injection for stroke recovery",
      "A freeze-dried injection of notoginseng saponins that improved neurological recovery after ischaemic stroke in a phase II trial.",
    ],
    field: "biomedicine.drugs",
    trl: 5,
    modes: ["exclusive_licence"],
    age: 15,
  }),
  achievement({
    id: "a07",
    org: ORGS.ynu,
    zh: ["普洱茶微生物发酵控制技术", "通过接种优势菌群控制渥堆发酵，缩短普洱熟茶发酵周期30%。"],
    en: [
      "Controlled microbial fermentation of Pu'er tea",
      "Inoculated starter cultures shorten the pile fermentation of ripe Pu'er by 30%.",
    ],
    field: "plateau_agriculture.tea_coffee",
    trl: 7,
    modes: ["use_first_pay_later", "non_exclusive_licence"],
    price: [400_000, 600_000],
    age: 30,
  }),
  achievement({
    id: "a08",
    org: ORGS.tistr,
    en: [
      "Wet-hulled Arabica coffee processing with low water use",
      "A pulping and hulling line that uses 70% less water for Arabica coffee.",
    ],
    field: "plateau_agriculture.tea_coffee",
    trl: 8,
    modes: ["non_exclusive_licence"],
    price: [20_000, 30_000],
    age: 3,
  }),
  achievement({
    id: "a09",
    org: ORGS.ynu,
    zh: ["小粒咖啡低温烘焙工艺", "针对云南小粒咖啡的分段低温烘焙曲线，保留花果香气。"],
    field: "plateau_agriculture.tea_coffee",
    trl: 6,
    modes: ["transfer"],
    price: [100_000, 200_000],
    age: 12,
  }),
  achievement({
    id: "a10",
    org: ORGS.ynu,
    zh: ["鲜切花保鲜剂", "延长玫瑰和百合瓶插寿命5天以上的复配保鲜剂。"],
    en: ["Vase-life extender for fresh cut flowers"],
    field: "plateau_agriculture.flowers",
    trl: 6,
    modes: ["non_exclusive_licence", "use_first_pay_later"],
    price: [80_000, 120_000],
    age: 50,
  }),
  achievement({
    id: "a11",
    org: ORGS.kust,
    zh: ["稀土永磁同步电机", "采用高矫顽力钕铁硼磁钢的高效率永磁同步电机。"],
    en: ["Rare-earth permanent magnet synchronous motor"],
    field: "high_end_equipment.power",
    trl: 7,
    modes: ["transfer", "exclusive_licence"],
    price: [3_000_000, 3_500_000],
    age: 70,
  }),
  achievement({
    id: "a12",
    org: ORGS.scut,
    zh: ["变电站智能巡检机器人", "搭载红外热像仪与局放检测的轮式巡检机器人。"],
    en: ["Substation inspection robot"],
    field: "high_end_equipment.robotics",
    trl: 8,
    modes: ["transfer"],
    price: [1_000_000, 2_000_000],
    age: 8,
  }),
  achievement({
    id: "a13",
    org: ORGS.kust,
    zh: ["山地农业植保无人机", "适用于高原梯田的仿地飞行植保无人机，载药量20升。"],
    field: "plateau_agriculture.smart_farming",
    trl: 7,
    modes: ["transfer", "joint_development"],
    price: [500_000, 800_000],
    age: 20,
  }),
  achievement({
    id: "a14",
    org: ORGS.scut,
    en: [
      "Perovskite photovoltaic module with 25% efficiency",
      "A stable perovskite–silicon tandem module.",
    ],
    field: "new_energy.solar",
    trl: 5,
    modes: ["joint_development"],
    age: 35,
  }),
  achievement({
    id: "a15",
    org: ORGS.scut,
    zh: ["磷酸铁锂正极材料", "高压实密度磷酸铁锂正极材料及其连续化生产工艺。"],
    en: ["Lithium iron phosphate cathode material for lithium batteries"],
    field: "new_energy.storage",
    trl: 6,
    modes: ["exclusive_licence"],
    price: [2_500_000, 2_500_000],
    age: 45,
  }),
  achievement({
    id: "a16",
    org: ORGS.kust,
    zh: ["高原城镇污水处理一体化设备", "适应低温低氧环境的一体化生物膜污水处理设备。"],
    en: ["Integrated wastewater treatment unit for plateau towns"],
    field: "energy_environment.water",
    trl: 8,
    modes: ["transfer", "use_first_pay_later"],
    price: [600_000, 900_000],
    age: 90,
  }),
  achievement({
    id: "a17",
    org: ORGS.hosp,
    zh: ["呼吸道病毒抗体诊断试剂", "胶体金法快速检测呼吸道病毒抗体，15分钟出结果。"],
    en: ["Diagnostic reagent for respiratory virus antibodies"],
    field: "biomedicine.diagnostics",
    trl: 9,
    modes: ["non_exclusive_licence"],
    price: [200_000, 300_000],
    age: 100,
  }),
  achievement({
    id: "a18",
    org: ORGS.kib,
    zh: ["重组带状疱疹疫苗", "基于糖蛋白E的重组亚单位疫苗，已完成临床前研究。"],
    field: "biomedicine.biologics",
    trl: 4,
    modes: ["equity_investment", "joint_development"],
    age: 18,
  }),
  achievement({
    id: "a19",
    org: ORGS.kust,
    zh: ["磷石膏制备高强建筑石膏", "磷化工副产磷石膏经净化与转晶制备α型高强石膏。"],
    en: ["High-strength building plaster from phosphogypsum"],
    field: "chemical_engineering.phosphorus",
    trl: 7,
    modes: ["transfer"],
    price: [700_000, 700_000],
    age: 55,
  }),
  achievement({
    id: "a20",
    org: ORGS.scut,
    en: [
      "Flexible pressure sensor",
      "A printed piezoresistive sensor for wearable health monitoring.",
    ],
    field: "electronic_information.sensors",
    trl: 5,
    modes: ["non_exclusive_licence"],
    price: [150_000, 150_000],
    age: 22,
  }),
  achievement({
    id: "a21",
    org: ORGS.tistr,
    en: [
      "AI-based pest and disease recognition for tea gardens",
      "Deep learning on smartphone photos identifies 20 tea pests and diseases.",
    ],
    field: "digital_economy.ai",
    trl: 6,
    modes: ["use_first_pay_later"],
    age: 7,
  }),
  achievement({
    id: "a22",
    org: ORGS.scut,
    zh: ["氢燃料电池金属双极板", "超薄不锈钢冲压双极板及其导电耐蚀涂层。"],
    en: ["Metal bipolar plates for hydrogen fuel cells"],
    field: "new_energy.hydrogen",
    trl: 5,
    modes: ["exclusive_licence", "joint_development"],
    price: [1_200_000, 1_800_000],
    age: 28,
  }),
  achievement({
    id: "a23",
    org: ORGS.kust,
    zh: ["全钒液流电池储能系统", "百千瓦级全钒液流电池储能系统及电堆设计。"],
    en: ["Vanadium flow battery energy storage system"],
    field: "new_energy.storage",
    trl: 7,
    modes: ["transfer", "equity_investment"],
    price: [5_000_000, 8_000_000],
    age: 65,
  }),
  achievement({
    id: "a24",
    org: ORGS.dianzhong,
    zh: ["石墨烯防腐涂料", "面向输电铁塔的石墨烯改性环氧富锌防腐涂料。"],
    en: ["Graphene anticorrosion coating"],
    field: "new_materials.carbon",
    trl: 6,
    modes: ["exclusive_licence"],
    price: [900_000, 900_000],
    visibility: "private",
    age: 14,
  }),
  achievement({
    id: "a25",
    org: ORGS.ynu,
    zh: ["高导热氮化铝陶瓷基板", "流延成型氮化铝基板，热导率170 W/mK。"],
    en: ["High thermal conductivity aluminium nitride ceramic substrate"],
    field: "new_materials.ceramics",
    trl: 6,
    modes: ["transfer"],
    price: [1_000_000, 1_000_000],
    visibility: "registered",
    age: 33,
  }),
  achievement({
    id: "a26",
    org: ORGS.kust,
    zh: ["石墨烯锂电池导电剂"],
    en: ["Graphene conductive additive for lithium batteries"],
    field: "new_materials.carbon",
    trl: 5,
    modes: ["transfer"],
    status: "draft",
    age: 0,
  }),
  achievement({
    id: "a27",
    org: ORGS.scut,
    zh: ["光伏板清洗机器人"],
    en: ["Solar panel cleaning robot"],
    field: "high_end_equipment.robotics",
    trl: 6,
    modes: ["transfer"],
    status: "withdrawn",
    age: 120,
  }),
  achievement({
    id: "a28",
    org: ORGS.kib,
    zh: ["咖啡果皮多酚提取物", "从咖啡果皮中提取绿原酸与多酚，用于功能饮料。"],
    en: ["Polyphenol extract from coffee cherry husks"],
    field: "biomedicine.health",
    trl: 5,
    modes: ["non_exclusive_licence"],
    price: [60_000, 90_000],
    age: 380,
    expiresIn: -10,
  }),
  achievement({
    id: "a29",
    org: ORGS.kib,
    zh: ["智能温室环境控制系统", "基于物联网的温湿度与二氧化碳协同调控。"],
    en: ["Smart greenhouse climate control system"],
    field: "plateau_agriculture.smart_farming",
    trl: 7,
    modes: ["transfer", "non_exclusive_licence"],
    price: [250_000, 350_000],
    status: "in_negotiation",
    age: 75,
  }),
  achievement({
    id: "a30",
    org: ORGS.ynu,
    zh: ["高原肉牛舍饲育肥技术", "以青贮玉米和酒糟为主的高原肉牛全混合日粮。"],
    en: ["Feedlot fattening of plateau beef cattle"],
    field: "plateau_agriculture.livestock",
    trl: 9,
    modes: ["transfer"],
    price: [100_000, 100_000],
    status: "transacted",
    age: 150,
  }),
  achievement({
    id: "a31",
    org: ORGS.iisc,
    en: [
      "Flexible pressure sensor array for electronic skin",
      "A 16×16 array of flexible pressure sensors on a self-healing polymer for robot hands.",
    ],
    field: "electronic_information.sensors",
    trl: 4,
    modes: ["joint_development"],
    age: 11,
  }),
  achievement({
    id: "a32",
    org: ORGS.tistr,
    en: [
      "Green building insulation panels from rice straw",
      "Fire-rated panels pressed from rice straw with a bio-based binder.",
    ],
    field: "construction_transport.building",
    trl: 6,
    modes: ["non_exclusive_licence"],
    price: [40_000, 60_000],
    age: 16,
  }),
  achievement({
    id: "a33",
    org: ORGS.iisc,
    en: [
      "Graphene ink <b>for</b> printed RFID antennas & circuits",
      "Conductive ink for roll-to-roll printing.",
    ],
    field: "new_materials.carbon",
    trl: 6,
    modes: ["non_exclusive_licence"],
    price: [70_000, 70_000],
    age: 9,
  }),
];

interface DemandSpec {
  id: string;
  org: Org;
  zh?: [title: string, summary?: string];
  en?: [title: string, summary?: string];
  indicators?: string;
  field: string;
  minTrl: number;
  modes: TransferMode[];
  budget?: [number | null, number | null];
  status?: DemandStatus;
  visibility?: Visibility;
  age: number;
  /** Days after NOW the deadline falls. */
  deadlineIn: number;
}

const demand = (s: DemandSpec): DemandDoc => {
  const deadline = NOW + s.deadlineIn * DAY;
  return {
    id: s.id,
    version: 1,
    titleZh: s.zh?.[0] ?? null,
    summaryZh: s.zh?.[1] ?? null,
    titleEn: s.en?.[0] ?? null,
    summaryEn: s.en?.[1] ?? null,
    keywords: [],
    indicators: s.indicators ?? "",
    field: s.field,
    fieldTop: s.field.split(".")[0] as string,
    ...s.org,
    status: s.status ?? "open",
    visibility: s.visibility ?? "public",
    publishedAt: NOW - s.age * DAY,
    expiresAt: deadline,
    minTrl: s.minTrl,
    wantedModes: s.modes,
    budgetMin: s.budget?.[0] ?? null,
    budgetMax: s.budget?.[1] ?? null,
    deadline,
  };
};

/** Exam papers of the contract corpus (public parts only, as the index holds them). */
export const DEMANDS: DemandDoc[] = [
  demand({
    id: "d01",
    org: ORGS.dianzhong,
    zh: ["5G基站石墨烯散热方案", "需要用于5G基站功放模块的石墨烯散热片。"],
    indicators: "热导率 ≥1200 W/mK; 厚度 ≤50 μm",
    field: "new_materials.carbon",
    minTrl: 6,
    modes: ["exclusive_licence", "joint_development"],
    budget: [1_000_000, 3_000_000],
    age: 5,
    deadlineIn: 60,
  }),
  demand({
    id: "d02",
    org: ORGS.puer,
    zh: ["缩短普洱茶陈化周期"],
    en: ["Shorten the ageing of Pu'er tea"],
    indicators: "陈化周期缩短 ≥40%",
    field: "plateau_agriculture.tea_coffee",
    minTrl: 5,
    modes: ["use_first_pay_later"],
    budget: [300_000, 500_000],
    age: 12,
    deadlineIn: 30,
  }),
  demand({
    id: "d03",
    org: ORGS.huizhou,
    zh: ["退役锂电池梯次利用与回收"],
    en: ["Second-life use and recycling of retired lithium batteries"],
    field: "new_energy.storage",
    minTrl: 6,
    modes: ["transfer", "exclusive_licence"],
    budget: [2_000_000, null],
    status: "evaluating",
    age: 40,
    deadlineIn: 10,
  }),
  demand({
    id: "d04",
    org: ORGS.puer,
    zh: ["咖啡烘焙过程智能控制"],
    field: "plateau_agriculture.tea_coffee",
    minTrl: 4,
    modes: ["joint_development"],
    age: 3,
    deadlineIn: 90,
  }),
  demand({
    id: "d05",
    org: ORGS.puer,
    zh: ["三七种植连作障碍治理"],
    field: "plateau_agriculture.herbs",
    minTrl: 3,
    modes: ["joint_development"],
    status: "draft",
    age: 0,
    deadlineIn: 120,
  }),
  demand({
    id: "d06",
    org: ORGS.huizhou,
    en: ["Fast-charging anode for power batteries"],
    field: "new_energy.storage",
    minTrl: 5,
    modes: ["exclusive_licence"],
    budget: [800_000, 1_200_000],
    status: "closed",
    age: 200,
    deadlineIn: -30,
  }),
  demand({
    id: "d07",
    org: ORGS.dianzhong,
    zh: ["稀土抛光粉回收工艺"],
    field: "new_materials.rare_metals",
    minTrl: 5,
    modes: ["transfer"],
    budget: [400_000, 400_000],
    status: "cancelled",
    age: 80,
    deadlineIn: 20,
  }),
  demand({
    id: "d08",
    org: ORGS.dianzhong,
    zh: ["石墨烯导电浆料国产化"],
    field: "new_materials.carbon",
    minTrl: 6,
    modes: ["transfer"],
    budget: [1_500_000, 2_000_000],
    visibility: "private",
    age: 2,
    deadlineIn: 45,
  }),
  demand({
    id: "d09",
    org: ORGS.huizhou,
    zh: ["储能电站热失控预警"],
    en: ["Thermal runaway early warning for energy storage stations"],
    field: "new_energy.storage",
    minTrl: 6,
    modes: ["joint_development", "non_exclusive_licence"],
    budget: [500_000, 700_000],
    visibility: "registered",
    age: 9,
    deadlineIn: 75,
  }),
  demand({
    id: "d10",
    org: ORGS.puer,
    en: [
      "Drone-based monitoring of tea gardens",
      "Multispectral drone surveys to spot pests early.",
    ],
    field: "plateau_agriculture.smart_farming",
    minTrl: 6,
    modes: ["non_exclusive_licence"],
    budget: [100_000, 250_000],
    age: 20,
    deadlineIn: 50,
  }),
];
