import type { TransferMode } from "@openttc/domain/listing-common";
import type { Random } from "../random";
import type { Bi } from "./field-content";

/** A measurable indicator of an exam paper in both languages. */
export interface IndicatorSpec {
  zh: string;
  en: string;
  target: string;
  unitZh: string | null;
  unitEn: string | null;
}

/** An exam-paper template for one industry; `{p}` in texts is replaced by a variant (product, crop, metal...). */
export interface DemandTemplate {
  industry: string;
  field: string;
  variants: readonly Bi[];
  title: Bi;
  summary: Bi;
  /** Details only invited or NDA-accepting institutes see: current process, suppliers, yields. */
  confidential: (rng: Random) => Bi;
  indicators: (rng: Random) => IndicatorSpec[];
  keywords: readonly Bi[];
  minTrl: readonly [number, number];
  /** Budget range in units of 10,000 CNY (万元). */
  budgetWan: readonly [number, number];
  modes: readonly TransferMode[];
}

const b = (zh: string, en: string): Bi => ({ zh, en });
const ind = (
  zh: string,
  en: string,
  target: string,
  unitZh: string | null = null,
  unitEn: string | null = unitZh,
): IndicatorSpec => ({
  zh,
  en,
  target,
  unitZh,
  unitEn,
});

/** Every exam-paper template; `generic` ones fit any enterprise. */
export const DEMAND_TEMPLATES: readonly DemandTemplate[] = [
  {
    industry: "tea",
    field: "plateau_agriculture.tea_coffee",
    variants: [
      b("普洱熟茶", "ripened Pu'er tea"),
      b("普洱生茶", "raw Pu'er tea"),
      b("滇红工夫茶", "Dian Hong black tea"),
    ],
    title: b(
      "{p}发酵过程智能控制与品质稳定技术",
      "Intelligent fermentation control for consistent {p} quality",
    ),
    summary: b(
      "我司年加工{p}约 1200 吨，发酵环节仍依赖老师傅经验翻堆，批次间汤色、滋味差异明显，影响出口订单验收。现征集发酵过程温湿度、微生物群落在线监测与智能调控技术，要求可在现有发酵车间改造落地。",
      "We process about 1,200 t of {p} a year. Fermentation still depends on master blenders turning the piles by experience, so liquor colour and taste vary between batches and export lots are sometimes refused. We seek in-line monitoring and control of temperature, humidity and the microbial community that can be retrofitted into our existing fermentation hall.",
    ),
    confidential: (r) =>
      b(
        `现行工艺：渥堆厚度 ${r.int(60, 80)} cm，堆温控制在 ${r.int(45, 50)}–${r.int(58, 63)} ℃，每 ${r.int(7, 10)} 天翻堆一次，全程 ${r.int(40, 50)} 天；2025 年批次感官审评得分标准差 ${r.pick([3.2, 3.8, 4.1])} 分，不合格批次占 ${r.int(6, 11)}%。现有温湿度记录仪为滇茶仪表厂 WS-200，仅人工读数。`,
        `Current process: piles ${r.int(60, 80)} cm deep, pile temperature ${r.int(45, 50)}–${r.int(58, 63)} °C, turned every ${r.int(7, 10)} days over ${r.int(40, 50)} days. In 2025 the standard deviation of sensory scores between batches was ${r.pick([3.2, 3.8, 4.1])} points and ${r.int(6, 11)}% of batches failed grading. Temperature loggers (Diancha Instruments WS-200) are read by hand.`,
      ),
    indicators: (r) => [
      ind(
        "批次间感官审评得分标准差",
        "standard deviation of sensory score between batches",
        `≤ ${r.pick([1.5, 2])}`,
        "分",
        "points",
      ),
      ind("发酵周期", "fermentation time", `≤ ${r.int(32, 36)}`, "天", "days"),
      ind("茶褐素含量", "theabrownin content", `≥ ${r.pick([8, 9, 10])}`, "%"),
      ind("改造投资回收期", "payback period of the retrofit", `≤ ${r.int(2, 3)}`, "年", "years"),
    ],
    keywords: [
      b("普洱茶", "Pu'er tea"),
      b("发酵控制", "fermentation control"),
      b("茶叶加工", "tea processing"),
    ],
    minTrl: [5, 7],
    budgetWan: [80, 300],
    modes: ["joint_development", "exclusive_licence", "transfer"],
  },
  {
    industry: "tea",
    field: "plateau_agriculture.tea_coffee",
    variants: [
      b("古树茶", "ancient-tree tea"),
      b("高山绿茶", "high-mountain green tea"),
      b("白茶", "white tea"),
    ],
    title: b(
      "{p}鲜叶采后保鲜与连续化萎凋生产线",
      "Post-harvest leaf preservation and a continuous withering line for {p}",
    ),
    summary: b(
      "茶园多分布在海拔 1500 米以上山区，鲜叶运抵初制所需 4–6 小时，红变、闷黄问题突出。征集鲜叶采后保鲜与连续化萎凋技术装备，要求能耗低、适合山区小型初制所。",
      "Our gardens lie above 1,500 m and fresh leaf takes 4–6 hours to reach the factory, so reddening and yellowing are common. We seek post-harvest preservation and continuous withering equipment that uses little energy and suits small mountain factories.",
    ),
    confidential: (r) =>
      b(
        `现有萎凋方式为竹匾自然萎凋+热风补充，萎凋车间面积 ${r.int(300, 600)} m²，旺季日处理鲜叶 ${r.int(4, 9)} 吨；鲜叶损耗率约 ${r.int(5, 9)}%，电费占初制成本 ${r.int(12, 18)}%。现有热风机供应商：普洱恒温机械厂。`,
        `Leaf is withered on bamboo trays with supplementary hot air in a ${r.int(300, 600)} m² hall; peak intake is ${r.int(4, 9)} t of leaf a day. About ${r.int(5, 9)}% of leaf is lost and electricity is ${r.int(12, 18)}% of primary processing cost. Current hot-air units come from Pu'er Hengwen Machinery.`,
      ),
    indicators: (r) => [
      ind("鲜叶损耗率", "fresh-leaf loss", `≤ ${r.int(2, 3)}`, "%"),
      ind("萎凋时间", "withering time", `≤ ${r.int(10, 14)}`, "h"),
      ind("单位能耗", "energy per tonne of leaf", `≤ ${r.int(180, 240)}`, "kWh/t"),
    ],
    keywords: [
      b("萎凋", "withering"),
      b("鲜叶保鲜", "leaf preservation"),
      b("初制所", "primary tea factory"),
    ],
    minTrl: [6, 8],
    budgetWan: [60, 200],
    modes: ["transfer", "non_exclusive_licence", "joint_development"],
  },
  {
    industry: "coffee",
    field: "plateau_agriculture.processing",
    variants: [
      b("精品咖啡", "specialty coffee"),
      b("日晒咖啡", "natural-process coffee"),
      b("蜜处理咖啡", "honey-process coffee"),
    ],
    title: b(
      "{p}可控发酵与风味提升加工技术",
      "Controlled fermentation to raise the cup score of {p}",
    ),
    summary: b(
      "云南小粒咖啡杯测分普遍在 80–82 分，与国际精品豆存在差距。现征集{p}鲜果处理中的可控发酵（菌种、温度、时间）与干燥技术，目标杯测分稳定达到 84 分以上。",
      "Yunnan Arabica usually cups at 80–82 points, below international specialty lots. We seek controlled fermentation (starter cultures, temperature, time) and drying methods for {p} that reliably reach 84+ points.",
    ),
    confidential: (r) =>
      b(
        `2025/26 产季收购鲜果 ${r.int(800, 2000)} 吨，出豆率 ${r.pick([15.5, 16.2, 16.8])}%；现用开放式水泥池发酵 ${r.int(24, 48)} 小时，晒场干燥 ${r.int(12, 20)} 天，阴雨季霉变率 ${r.int(3, 7)}%。主要客户为上海、深圳精品烘焙商，要求 SCA 杯测报告。`,
        `In the 2025/26 season we bought ${r.int(800, 2000)} t of cherry at a ${r.pick([15.5, 16.2, 16.8])}% green-bean yield. Fermentation runs ${r.int(24, 48)} h in open concrete tanks and drying ${r.int(12, 20)} days on patios; ${r.int(3, 7)}% of lots go mouldy in the rainy season. Main buyers are specialty roasters in Shanghai and Shenzhen who require SCA cupping reports.`,
      ),
    indicators: (r) => [
      ind("SCA 杯测分", "SCA cup score", `≥ ${r.pick([84, 85])}`, "分", "points"),
      ind("干燥周期", "drying time", `≤ ${r.int(6, 9)}`, "天", "days"),
      ind("霉变率", "mould incidence", `≤ ${r.pick([0.5, 1])}`, "%"),
    ],
    keywords: [
      b("小粒咖啡", "Arabica coffee"),
      b("可控发酵", "controlled fermentation"),
      b("杯测", "cupping"),
    ],
    minTrl: [4, 6],
    budgetWan: [40, 150],
    modes: ["joint_development", "non_exclusive_licence"],
  },
  {
    industry: "coffee",
    field: "plateau_agriculture.smart_farming",
    variants: [b("咖啡园", "coffee plantation"), b("坡地咖啡基地", "hillside coffee farm")],
    title: b(
      "{p}锈病早期监测预警与精准防控",
      "Early warning and precise control of coffee leaf rust on a {p}",
    ),
    summary: b(
      "咖啡锈病近年在保山、普洱产区多发，人工巡园发现时往往已大面积扩散。征集基于图像识别或孢子捕捉的早期预警及精准施药方案，适用于坡度 25° 以内的山地。",
      "Coffee leaf rust has spread in the Baoshan and Pu'er regions and patrols usually spot it too late. We seek early warning based on image recognition or spore trapping plus precise spraying for slopes up to 25°.",
    ),
    confidential: (r) =>
      b(
        `基地面积 ${r.int(2000, 6000)} 亩，品种以卡蒂姆为主（占 ${r.int(70, 90)}%），2025 年锈病发病率 ${r.int(18, 35)}%，减产约 ${r.int(10, 20)}%；每年杀菌剂投入约 ${r.int(40, 90)} 万元，由保山绿丰农资供货。`,
        `The farm covers ${r.int(2000, 6000)} mu, ${r.int(70, 90)}% Catimor. Rust incidence in 2025 was ${r.int(18, 35)}% with a yield loss of about ${r.int(10, 20)}%; fungicide costs about CNY ${r.int(40, 90)}0k a year, supplied by Baoshan Lüfeng Agri-supplies.`,
      ),
    indicators: (r) => [
      ind("早期识别准确率", "early detection accuracy", `≥ ${r.pick([85, 90])}`, "%"),
      ind("预警提前期", "warning lead time", `≥ ${r.int(7, 14)}`, "天", "days"),
      ind("杀菌剂用量减少", "fungicide reduction", `≥ ${r.int(25, 35)}`, "%"),
    ],
    keywords: [
      b("咖啡锈病", "coffee leaf rust"),
      b("病害预警", "disease early warning"),
      b("精准施药", "precision spraying"),
    ],
    minTrl: [5, 7],
    budgetWan: [50, 180],
    modes: ["joint_development", "non_exclusive_licence", "use_first_pay_later"],
  },
  {
    industry: "flowers",
    field: "plateau_agriculture.flowers",
    variants: [
      b("鲜切玫瑰", "cut roses"),
      b("康乃馨", "carnations"),
      b("非洲菊", "gerberas"),
      b("绣球", "hydrangeas"),
    ],
    title: b(
      "{p}采后保鲜与长距离冷链运输技术",
      "Post-harvest preservation and long-haul cold chain for {p}",
    ),
    summary: b(
      "我司{p}经昆明斗南集散后发往全国及东南亚，运输 48–72 小时后瓶插期明显缩短。征集采后预处理液、包装气调与冷链温控一体化方案。",
      "Our {p} leave the Dounan market for all of China and South-East Asia; after 48–72 h in transit their vase life drops sharply. We seek an integrated solution of pre-treatment solutions, modified-atmosphere packaging and cold-chain temperature control.",
    ),
    confidential: (r) =>
      b(
        `年出货约 ${r.int(3000, 9000)} 万枝，现用预处理液为进口 Chrysal 产品，单枝成本 ${r.pick([0.04, 0.05, 0.06])} 元；运输损耗率 ${r.int(8, 15)}%，东南亚线路客诉主要为灰霉与弯颈。`,
        `We ship about ${r.int(30, 90)} million stems a year. The pre-treatment is an imported Chrysal product at CNY ${r.pick([0.04, 0.05, 0.06])} per stem; transit losses run at ${r.int(8, 15)}%, and complaints on South-East Asian routes are mostly grey mould and bent neck.`,
      ),
    indicators: (r) => [
      ind("到货后瓶插期", "vase life after arrival", `≥ ${r.int(9, 12)}`, "天", "days"),
      ind("运输损耗率", "transit loss", `≤ ${r.int(3, 5)}`, "%"),
      ind("保鲜成本", "preservation cost", `≤ ${r.pick([0.03, 0.04])}`, "元/枝", "CNY per stem"),
    ],
    keywords: [
      b("鲜切花", "cut flowers"),
      b("采后保鲜", "post-harvest preservation"),
      b("冷链", "cold chain"),
    ],
    minTrl: [5, 7],
    budgetWan: [30, 150],
    modes: ["non_exclusive_licence", "transfer", "joint_development"],
  },
  {
    industry: "flowers",
    field: "plateau_agriculture.breeding",
    variants: [b("月季", "roses"), b("百合", "lilies"), b("高山杜鹃", "alpine rhododendrons")],
    title: b(
      "具有自主知识产权的{p}新品种选育与种苗快繁",
      "Breeding and rapid propagation of proprietary {p} varieties",
    ),
    summary: b(
      "国内{p}主栽品种多为国外授权品种，每年支付品种权使用费。征集具有新品种权或可申请品种权的育种材料及组培快繁技术，支持以合作育种或品种权转让方式合作。",
      "Most {p} grown in China are licensed foreign varieties that carry annual royalties. We seek breeding material that holds or can obtain plant variety rights, plus tissue-culture propagation, through joint breeding or a variety-right transfer.",
    ),
    confidential: (r) =>
      b(
        `现有种植面积 ${r.int(300, 900)} 亩，年支付品种权使用费约 ${r.int(80, 220)} 万元；组培苗外购自荷兰供应商，单株成本 ${r.pick([1.2, 1.6, 2.1])} 元，到货成活率 ${r.int(82, 90)}%。`,
        `We grow ${r.int(300, 900)} mu and pay about CNY ${r.int(80, 220)}0k a year in variety royalties. Plantlets are bought from a Dutch supplier at CNY ${r.pick([1.2, 1.6, 2.1])} each with ${r.int(82, 90)}% survival on arrival.`,
      ),
    indicators: (r) => [
      ind("新品种（系）数量", "new varieties or lines", `≥ ${r.int(2, 4)}`, "个", null),
      ind("组培苗移栽成活率", "survival of tissue-culture plantlets", `≥ ${r.int(93, 96)}`, "%"),
      ind("单株种苗成本", "cost per plantlet", `≤ ${r.pick([0.8, 1])}`, "元", "CNY"),
    ],
    keywords: [
      b("花卉育种", "flower breeding"),
      b("品种权", "plant variety rights"),
      b("组培快繁", "micropropagation"),
    ],
    minTrl: [4, 6],
    budgetWan: [100, 500],
    modes: ["transfer", "exclusive_licence", "joint_development"],
  },
  {
    industry: "sanqi",
    field: "plateau_agriculture.herbs",
    variants: [
      b("三七", "Panax notoginseng"),
      b("重楼", "Paris polyphylla"),
      b("天麻", "Gastrodia elata"),
    ],
    title: b(
      "{p}连作障碍消减与生态种植技术",
      "Overcoming replant failure in {p} with ecological cultivation",
    ),
    summary: b(
      "{p}连作障碍严重，同一地块需间隔 10 年以上才能再种，适宜种植土地日益紧张。征集土壤修复、根腐病生物防控及林下生态种植技术，要求不使用高毒农药并满足 GAP 要求。",
      "{p} suffers severe replant failure: the same field must rest for over ten years and suitable land is running out. We seek soil remediation, biological control of root rot and under-forest cultivation without highly toxic pesticides, meeting GAP requirements.",
    ),
    confidential: (r) =>
      b(
        `基地位于文山、红河两地共 ${r.int(1500, 4000)} 亩，2025 年根腐病发病率 ${r.int(20, 40)}%，连作地块存苗率仅 ${r.int(30, 55)}%；土壤调理剂目前采购自昆明绿源生物，亩均投入 ${r.int(800, 1500)} 元。`,
        `Our ${r.int(1500, 4000)} mu lie in Wenshan and Honghe. Root-rot incidence reached ${r.int(20, 40)}% in 2025 and only ${r.int(30, 55)}% of seedlings survive on replanted fields. Soil conditioners come from Kunming Lüyuan Bio at CNY ${r.int(800, 1500)} per mu.`,
      ),
    indicators: (r) => [
      ind("连作地块存苗率", "seedling survival on replanted fields", `≥ ${r.int(80, 85)}`, "%"),
      ind("根腐病发病率", "root-rot incidence", `≤ ${r.int(8, 12)}`, "%"),
      ind("皂苷含量", "total saponin content", `≥ ${r.int(5, 7)}`, "%"),
      ind(
        "农残检出",
        "pesticide residues",
        "符合《中国药典》2025 年版",
        null,
        "within Chinese Pharmacopoeia 2025 limits",
      ),
    ],
    keywords: [
      b("道地药材", "authentic medicinal herbs"),
      b("连作障碍", "replant failure"),
      b("中药材种植", "medicinal herb cultivation"),
    ],
    minTrl: [4, 6],
    budgetWan: [100, 400],
    modes: ["joint_development", "exclusive_licence"],
  },
  {
    industry: "sanqi",
    field: "biomedicine.tcm",
    variants: [
      b("三七总皂苷", "Panax notoginseng saponins"),
      b("三七花提取物", "notoginseng flower extract"),
      b("灯盏花素", "breviscapine"),
    ],
    title: b("{p}高纯度绿色提取纯化工艺", "Green high-purity extraction and purification of {p}"),
    summary: b(
      "现有{p}提取采用乙醇回流+大孔树脂工艺，溶剂消耗大、收率偏低。征集绿色高效的提取纯化新工艺（如膜分离、超临界、连续色谱），要求可在现有 GMP 车间实施。",
      "We extract {p} by ethanol reflux and macroporous resin, which uses much solvent and gives a modest yield. We seek a greener, more efficient route (membranes, supercritical extraction, continuous chromatography) that fits our existing GMP plant.",
    ),
    confidential: (r) =>
      b(
        `年处理原料 ${r.int(300, 800)} 吨，目前提取收率 ${r.pick([3.8, 4.2, 4.6])}%，产品纯度 ${r.int(85, 90)}%；乙醇单耗 ${r.pick([1.8, 2.2, 2.6])} 吨/吨原料，大孔树脂由西安蓝晓供货。`,
        `We process ${r.int(300, 800)} t of raw material a year at a ${r.pick([3.8, 4.2, 4.6])}% yield and ${r.int(85, 90)}% purity, using ${r.pick([1.8, 2.2, 2.6])} t of ethanol per tonne of material. Resin comes from Xi'an Sunresin.`,
      ),
    indicators: (r) => [
      ind("产品纯度", "product purity", `≥ ${r.int(95, 98)}`, "%"),
      ind("提取收率提高", "yield increase", `≥ ${r.int(15, 25)}`, "%"),
      ind("有机溶剂消耗降低", "solvent use reduction", `≥ ${r.int(30, 50)}`, "%"),
    ],
    keywords: [
      b("中药提取", "herbal extraction"),
      b("皂苷", "saponins"),
      b("绿色工艺", "green process"),
    ],
    minTrl: [5, 7],
    budgetWan: [150, 600],
    modes: ["transfer", "exclusive_licence", "joint_development"],
  },
  {
    industry: "cold_chain",
    field: "construction_transport.logistics",
    variants: [
      b("高原果蔬", "plateau fruit and vegetables"),
      b("野生菌", "wild mushrooms"),
      b("鲜切花", "cut flowers"),
    ],
    title: b(
      "{p}产地预冷与多温区冷链配送优化",
      "Field pre-cooling and multi-temperature cold-chain routing for {p}",
    ),
    summary: b(
      "云南{p}产地分散、山路运输时间长，产地预冷率不足 30%。征集适合山区的移动式预冷装备与多温区冷链配送调度算法，降低损耗与空驶率。",
      "Production of {p} in Yunnan is scattered and mountain roads are slow; less than 30% is pre-cooled at origin. We seek mobile pre-cooling units for mountain areas and routing algorithms for multi-temperature deliveries that cut losses and empty runs.",
    ),
    confidential: (r) =>
      b(
        `自有冷藏车 ${r.int(60, 180)} 辆，平均空驶率 ${r.int(28, 40)}%，全程损耗率 ${r.int(12, 20)}%；现用 TMS 系统为昆明速联软件定制版，不支持多温区拼载。`,
        `We run ${r.int(60, 180)} reefer trucks with an average empty-run rate of ${r.int(28, 40)}% and ${r.int(12, 20)}% end-to-end loss. Our TMS is a custom build by Kunming Sulian Software and cannot combine temperature zones in one load.`,
      ),
    indicators: (r) => [
      ind("全程损耗率", "end-to-end loss", `≤ ${r.int(5, 8)}`, "%"),
      ind("车辆空驶率", "empty-run rate", `≤ ${r.int(15, 20)}`, "%"),
      ind("预冷时间", "pre-cooling time", `≤ ${r.int(2, 4)}`, "h"),
    ],
    keywords: [
      b("冷链物流", "cold-chain logistics"),
      b("产地预冷", "field pre-cooling"),
      b("路径优化", "route optimisation"),
    ],
    minTrl: [5, 7],
    budgetWan: [80, 400],
    modes: ["joint_development", "non_exclusive_licence", "transfer"],
  },
  {
    industry: "precious_metals",
    field: "new_materials.rare_metals",
    variants: [b("铂", "platinum"), b("钯", "palladium"), b("铑", "rhodium")],
    title: b(
      "废汽车尾气催化剂中{p}的高效绿色回收技术",
      "Efficient, clean recovery of {p} from spent automotive catalysts",
    ),
    summary: b(
      "我司年处理废三元催化剂约 3000 吨，现有火法富集工艺能耗高、烟气治理压力大。征集{p}回收率更高、流程更短的湿法或火湿联合工艺。",
      "We treat about 3,000 t of spent three-way catalysts a year; our pyrometallurgical enrichment uses much energy and strains flue-gas treatment. We seek a hydrometallurgical or combined route with a shorter flowsheet and higher {p} recovery.",
    ),
    confidential: (r) =>
      b(
        `当前{p}综合回收率 ${r.pick([93.5, 94.2, 95.1])}%，吨料能耗 ${r.int(1200, 1600)} kWh；等离子熔炼炉为 2019 年引进设备，年维护费用约 ${r.int(300, 600)} 万元；原料主要来自长三角拆解企业。`,
        `Overall recovery is ${r.pick([93.5, 94.2, 95.1])}% at ${r.int(1200, 1600)} kWh per tonne of feed. The plasma furnace was imported in 2019 and costs about CNY ${r.int(3, 6)} million a year to maintain; feed comes mainly from dismantlers in the Yangtze delta.`,
      ),
    indicators: (r) => [
      ind("贵金属回收率", "precious-metal recovery", `≥ ${r.pick([98, 98.5, 99])}`, "%"),
      ind("吨料综合能耗降低", "energy reduction per tonne of feed", `≥ ${r.int(25, 35)}`, "%"),
      ind("产品纯度", "product purity", "≥ 99.95", "%"),
    ],
    keywords: [
      b("贵金属回收", "precious-metal recovery"),
      b("铂族金属", "platinum-group metals"),
      b("湿法冶金", "hydrometallurgy"),
    ],
    minTrl: [5, 7],
    budgetWan: [300, 1500],
    modes: ["transfer", "exclusive_licence", "equity_investment"],
  },
  {
    industry: "precious_metals",
    field: "new_materials.electronic",
    variants: [
      b("银浆", "silver paste"),
      b("金基键合丝", "gold bonding wire"),
      b("钯银电极浆料", "Pd-Ag electrode paste"),
    ],
    title: b(
      "光伏与电子封装用低成本{p}开发",
      "Low-cost {p} for photovoltaics and electronic packaging",
    ),
    summary: b(
      "下游光伏与半导体封装客户持续要求降本，{p}中贵金属用量是主要成本。征集降低贵金属含量同时保持导电与可靠性的配方及制备工艺。",
      "PV and semiconductor-packaging customers keep pushing prices down and the precious metal in {p} is the main cost. We seek formulations and processes that use less precious metal while keeping conductivity and reliability.",
    ),
    confidential: (r) =>
      b(
        `现有产品贵金属含量 ${r.int(85, 92)}%，体积电阻率 ${r.pick([2.2, 2.5, 2.8])} μΩ·cm；主要客户为曲靖、宁夏两家组件厂，年需求约 ${r.int(20, 60)} 吨。`,
        `Our product contains ${r.int(85, 92)}% precious metal with a volume resistivity of ${r.pick([2.2, 2.5, 2.8])} μΩ·cm. Main customers are two module makers in Qujing and Ningxia needing about ${r.int(20, 60)} t a year.`,
      ),
    indicators: (r) => [
      ind("贵金属含量降低", "precious-metal content reduction", `≥ ${r.int(15, 30)}`, "%"),
      ind("体积电阻率", "volume resistivity", `≤ ${r.pick([3, 3.5])}`, "μΩ·cm"),
      ind(
        "双 85 老化 1000 h 后性能衰减",
        "degradation after 1,000 h damp heat (85/85)",
        `≤ ${r.int(3, 5)}`,
        "%",
      ),
    ],
    keywords: [
      b("电子浆料", "electronic paste"),
      b("贵金属", "precious metals"),
      b("光伏金属化", "PV metallisation"),
    ],
    minTrl: [4, 6],
    budgetWan: [200, 800],
    modes: ["joint_development", "exclusive_licence", "transfer"],
  },
  {
    industry: "phosphorus",
    field: "chemical_engineering.phosphorus",
    variants: [
      b("磷石膏", "phosphogypsum"),
      b("黄磷尾气", "yellow-phosphorus tail gas"),
      b("低品位磷矿", "low-grade phosphate rock"),
    ],
    title: b("{p}高值化综合利用技术", "High-value use of {p}"),
    summary: b(
      "我司年产生{p}规模大，堆存与治理成本逐年上升，且面临长江经济带“以渣定产”政策约束。征集{p}无害化处理与高值化利用技术，要求具备万吨级工程化条件。",
      "We generate large volumes of {p}; storage and treatment costs rise every year and Yangtze-basin rules now cap output by residue handled. We seek safe treatment and high-value use of {p} that is ready for a 10,000-tonne-scale plant.",
    ),
    confidential: (r) =>
      b(
        `年产生量约 ${r.int(80, 200)} 万吨，综合利用率 ${r.int(35, 50)}%；主要杂质 P₂O₅ ${r.pick([0.8, 1.1, 1.4])}%、F ${r.pick([0.3, 0.5])}%；渣场剩余库容约 ${r.int(2, 4)} 年。`,
        `We produce about ${r.int(80, 200)}0,000 t a year and use ${r.int(35, 50)}% of it. Main impurities are ${r.pick([0.8, 1.1, 1.4])}% P₂O₅ and ${r.pick([0.3, 0.5])}% F; the tailings site has about ${r.int(2, 4)} years of capacity left.`,
      ),
    indicators: (r) => [
      ind("综合利用率", "utilisation rate", `≥ ${r.int(70, 85)}`, "%"),
      ind("产品中可溶磷含量", "soluble phosphorus in product", `≤ ${r.pick([0.1, 0.2])}`, "%"),
      ind("处理成本", "treatment cost", `≤ ${r.int(40, 80)}`, "元/吨", "CNY/t"),
    ],
    keywords: [
      b("磷化工", "phosphorus chemicals"),
      b("磷石膏", "phosphogypsum"),
      b("固废资源化", "solid-waste valorisation"),
    ],
    minTrl: [5, 7],
    budgetWan: [300, 1200],
    modes: ["transfer", "joint_development", "equity_investment"],
  },
  {
    industry: "phosphorus",
    field: "chemical_engineering.fine",
    variants: [
      b("电池级磷酸铁", "battery-grade iron phosphate"),
      b("电子级磷酸", "electronic-grade phosphoric acid"),
      b("六氟磷酸锂", "lithium hexafluorophosphate"),
    ],
    title: b(
      "湿法磷酸制备{p}的净化与杂质控制",
      "Purification and impurity control for {p} made from wet-process acid",
    ),
    summary: b(
      "为延伸磷化工产业链，我司计划以湿法磷酸为原料生产{p}，需解决金属杂质与硫酸根深度脱除问题。征集成熟净化工艺及工艺包。",
      "To extend our phosphorus value chain we plan to make {p} from wet-process phosphoric acid and must remove metal impurities and sulphate to very low levels. We seek a proven purification process and process package.",
    ),
    confidential: (r) =>
      b(
        `现有湿法磷酸 P₂O₅ ${r.int(46, 52)}%，Fe ${r.pick([0.6, 0.8, 1.2])}%，Mg ${r.pick([0.4, 0.6])}%，SO₄²⁻ ${r.pick([1.5, 2])}%；规划产能 ${r.int(5, 10)} 万吨/年，预计 2027 年投产。`,
        `Our wet-process acid has ${r.int(46, 52)}% P₂O₅, ${r.pick([0.6, 0.8, 1.2])}% Fe, ${r.pick([0.4, 0.6])}% Mg and ${r.pick([1.5, 2])}% sulphate. Planned capacity is ${r.int(50, 100)},000 t a year from 2027.`,
      ),
    indicators: (r) => [
      ind("Fe 含量", "Fe content", `≤ ${r.int(20, 50)}`, "ppm"),
      ind("SO₄²⁻ 含量", "sulphate content", `≤ ${r.int(50, 100)}`, "ppm"),
      ind("磷收率", "phosphorus yield", `≥ ${r.int(92, 96)}`, "%"),
    ],
    keywords: [
      b("磷酸铁", "iron phosphate"),
      b("湿法磷酸", "wet-process phosphoric acid"),
      b("深度净化", "deep purification"),
    ],
    minTrl: [6, 8],
    budgetWan: [500, 2000],
    modes: ["transfer", "exclusive_licence"],
  },
  {
    industry: "hydropower",
    field: "high_end_equipment.power",
    variants: [
      b("水轮发电机组", "hydro generating units"),
      b("调速器", "governors"),
      b("主变压器", "main transformers"),
    ],
    title: b("{p}状态监测与故障预警系统", "Condition monitoring and fault early warning for {p}"),
    summary: b(
      "我司负责澜沧江流域多座电站的运维，{p}仍以定期检修为主，非计划停机损失大。征集融合振动、温度、局放等多源数据的状态监测与智能预警技术。",
      "We operate and maintain several plants on the Lancang River. {p} are still serviced on a fixed schedule and unplanned outages are costly. We seek condition monitoring and intelligent early warning that fuses vibration, temperature and partial-discharge data.",
    ),
    confidential: (r) =>
      b(
        `管辖机组 ${r.int(12, 30)} 台，单机容量 ${r.pick([150, 250, 350])} MW；2025 年非计划停机 ${r.int(5, 12)} 次，累计电量损失约 ${r.int(2000, 6000)} 万 kWh；现有在线监测系统来自国外厂商，数据接口不开放。`,
        `We look after ${r.int(12, 30)} units of ${r.pick([150, 250, 350])} MW each. There were ${r.int(5, 12)} unplanned outages in 2025 costing about ${r.int(20, 60)} GWh. The current on-line monitoring comes from a foreign vendor with closed data interfaces.`,
      ),
    indicators: (r) => [
      ind("故障预警准确率", "fault-warning accuracy", `≥ ${r.int(90, 95)}`, "%"),
      ind("预警提前期", "warning lead time", `≥ ${r.int(48, 168)}`, "h"),
      ind("非计划停机次数降低", "reduction in unplanned outages", `≥ ${r.int(40, 60)}`, "%"),
      ind("数据接口", "data interfaces", "符合 IEC 61850，全部开放", null, "IEC 61850, fully open"),
    ],
    keywords: [
      b("水电", "hydropower"),
      b("状态监测", "condition monitoring"),
      b("预测性维护", "predictive maintenance"),
    ],
    minTrl: [6, 8],
    budgetWan: [200, 800],
    modes: ["joint_development", "non_exclusive_licence", "transfer"],
  },
  {
    industry: "tourism",
    field: "modern_services.tourism",
    variants: [
      b("古城景区", "old-town scenic area"),
      b("雪山景区", "snow-mountain scenic area"),
      b("民族村寨", "ethnic-village destination"),
    ],
    title: b("{p}客流预测与智慧导览系统", "Visitor-flow forecasting and smart guiding for a {p}"),
    summary: b(
      "节假日{p}客流高度集中，拥堵与安全隐患突出，游客体验下降。征集基于多源数据的客流预测、分流调度与多语种智慧导览技术。",
      "Holiday crowds at our {p} cause congestion, safety risks and poor visitor experience. We seek visitor-flow forecasting from multiple data sources, crowd dispatching and multilingual smart guiding.",
    ),
    confidential: (r) =>
      b(
        `年接待游客约 ${r.int(300, 1200)} 万人次，黄金周峰值 ${r.int(6, 15)} 万人次/日；现有票务系统为丽江云票务 3.2 版，闸机数据可开放；境外游客占 ${r.int(5, 12)}%，主要来自东南亚。`,
        `We receive about ${r.int(3, 12)} million visitors a year with Golden Week peaks of ${r.int(60, 150)},000 a day. Ticketing runs on Lijiang Yunpiao 3.2 and gate data can be shared; ${r.int(5, 12)}% of visitors are from abroad, mostly South-East Asia.`,
      ),
    indicators: (r) => [
      ind("次日客流预测误差", "next-day visitor forecast error", `≤ ${r.int(8, 12)}`, "%"),
      ind("导览支持语种", "guide languages", `≥ ${r.int(5, 8)}`, "种", null),
      ind("高峰时段排队时长降低", "peak queueing time reduction", `≥ ${r.int(30, 50)}`, "%"),
    ],
    keywords: [
      b("智慧旅游", "smart tourism"),
      b("客流预测", "visitor-flow forecasting"),
      b("多语种导览", "multilingual guiding"),
    ],
    minTrl: [6, 8],
    budgetWan: [50, 300],
    modes: ["non_exclusive_licence", "joint_development", "transfer"],
  },
  {
    industry: "aluminium",
    field: "new_materials.metals",
    variants: [
      b("新能源汽车电池托盘", "EV battery trays"),
      b("光伏边框", "PV frames"),
      b("轨道交通型材", "rail-vehicle profiles"),
    ],
    title: b(
      "{p}用高强韧铝合金及挤压工艺",
      "High-strength, tough aluminium alloy and extrusion process for {p}",
    ),
    summary: b(
      "依托云南绿色水电铝资源，我司拟开发{p}用 6 系/7 系高强韧铝合金，现有产品强度与焊接性能难以兼顾。征集合金成分设计、熔铸与挤压、热处理全流程技术。",
      "Drawing on Yunnan's hydro-powered aluminium, we plan 6xxx/7xxx high-strength, tough alloys for {p}; our current products cannot combine strength with weldability. We seek alloy design, casting, extrusion and heat treatment end to end.",
    ),
    confidential: (r) =>
      b(
        `现有 6063 产品抗拉强度 ${r.int(215, 245)} MPa，延伸率 ${r.int(8, 10)}%；挤压机为 ${r.pick([2500, 3600, 4500])} 吨级，成品率 ${r.int(72, 80)}%；铝棒来自云南宏泰水电铝，氢含量 ${r.pick([0.16, 0.18, 0.2])} mL/100g。`,
        `Our 6063 product reaches ${r.int(215, 245)} MPa and ${r.int(8, 10)}% elongation. The press is ${r.pick([2500, 3600, 4500])} t with a ${r.int(72, 80)}% yield; billet from a Yunnan hydro-powered smelter has ${r.pick([0.16, 0.18, 0.2])} mL/100 g hydrogen.`,
      ),
    indicators: (r) => [
      ind("抗拉强度", "tensile strength", `≥ ${r.int(310, 360)}`, "MPa"),
      ind("延伸率", "elongation", `≥ ${r.int(10, 12)}`, "%"),
      ind("挤压成品率", "extrusion yield", `≥ ${r.int(82, 86)}`, "%"),
      ind("焊接接头强度系数", "weld-joint efficiency", `≥ ${r.pick([0.7, 0.75])}`, null),
    ],
    keywords: [
      b("铝合金", "aluminium alloy"),
      b("挤压", "extrusion"),
      b("轻量化", "lightweighting"),
    ],
    minTrl: [5, 7],
    budgetWan: [200, 800],
    modes: ["transfer", "joint_development", "exclusive_licence"],
  },
  {
    industry: "photovoltaics",
    field: "new_energy.solar",
    variants: [
      b("TOPCon 电池片", "TOPCon cells"),
      b("单晶硅棒", "monocrystalline ingots"),
      b("光伏组件", "PV modules"),
    ],
    title: b(
      "{p}产线缺陷智能检测与良率提升",
      "AI defect inspection and yield improvement on the {p} line",
    ),
    summary: b(
      "我司{p}产线依赖人工目检与抽检，隐裂、断栅等缺陷漏检导致客户投诉。征集基于 EL/PL 图像与深度学习的在线缺陷检测及工艺根因分析技术。",
      "Our {p} line relies on manual visual checks and sampling, so micro-cracks and broken fingers slip through to customers. We seek in-line defect detection on EL/PL images with deep learning, plus root-cause analysis of the process.",
    ),
    confidential: (r) =>
      b(
        `产线节拍 ${r.int(6000, 9000)} 片/小时，A 级品率 ${r.pick([96.2, 97.1, 97.8])}%；现有 EL 检测设备为苏州某厂商，误判率约 ${r.int(4, 8)}%；2025 年因隐裂退货约 ${r.int(150, 400)} 万元。`,
        `The line runs ${r.int(6000, 9000)} pieces an hour at ${r.pick([96.2, 97.1, 97.8])}% grade A. Our EL testers (a Suzhou vendor) misjudge about ${r.int(4, 8)}% of images; returns for micro-cracks cost about CNY ${r.int(1.5, 4)} million in 2025.`,
      ),
    indicators: (r) => [
      ind("缺陷检出率", "defect detection rate", `≥ ${r.pick([99, 99.5])}`, "%"),
      ind("误判率", "false-reject rate", `≤ ${r.pick([0.5, 1])}`, "%"),
      ind("单片检测时间", "inspection time per piece", `≤ ${r.int(300, 500)}`, "ms"),
    ],
    keywords: [
      b("光伏", "photovoltaics"),
      b("缺陷检测", "defect inspection"),
      b("深度学习", "deep learning"),
    ],
    minTrl: [6, 8],
    budgetWan: [100, 400],
    modes: ["non_exclusive_licence", "transfer", "joint_development"],
  },
  {
    industry: "biopharma",
    field: "biomedicine.drugs",
    variants: [
      b("滇重楼皂苷", "Paris saponins"),
      b("灯盏细辛", "Erigeron breviscapus"),
      b("青蒿素衍生物", "artemisinin derivatives"),
    ],
    title: b("基于{p}的新型口服制剂开发", "New oral formulation based on {p}"),
    summary: b(
      "我司拥有{p}原料药生产能力，现有制剂生物利用度低、服用次数多。征集改良型新药（如缓控释、纳米制剂）技术，要求可进入临床申报。",
      "We manufacture {p} as an active ingredient, but our current formulation has low bioavailability and must be taken often. We seek improved-new-drug technology (controlled release, nano-formulations) ready for a clinical filing.",
    ),
    confidential: (r) =>
      b(
        `现有制剂口服生物利用度约 ${r.int(8, 18)}%，每日 ${r.int(3, 4)} 次；原料药年产能 ${r.int(2, 8)} 吨，已通过 GMP 符合性检查；计划 2027 年提交 IND。`,
        `Oral bioavailability of the current product is about ${r.int(8, 18)}%, dosed ${r.int(3, 4)} times a day. We make ${r.int(2, 8)} t of API a year under GMP and plan an IND filing in 2027.`,
      ),
    indicators: (r) => [
      ind("相对生物利用度", "relative bioavailability", `≥ ${r.int(150, 250)}`, "%"),
      ind("给药频次", "dosing frequency", "每日 1 次", null, "once daily"),
      ind("加速稳定性", "accelerated stability", `≥ ${r.int(6, 6)}`, "个月", "months"),
    ],
    keywords: [
      b("改良型新药", "improved new drug"),
      b("缓控释", "controlled release"),
      b("民族药", "ethnic medicine"),
    ],
    minTrl: [4, 6],
    budgetWan: [300, 1500],
    modes: ["transfer", "exclusive_licence", "equity_investment"],
  },
  {
    industry: "tin",
    field: "resources_mining.metallurgy",
    variants: [
      b("锡冶炼烟尘", "tin-smelting dust"),
      b("锡尾矿", "tin tailings"),
      b("含铟锡渣", "indium-bearing tin slag"),
    ],
    title: b("{p}中有价金属综合回收", "Recovering valuable metals from {p}"),
    summary: b(
      "个旧锡业历史悠久，{p}中含锡、铟、铋等有价金属，但现有工艺回收率低且存在砷污染风险。征集安全、高效的综合回收工艺。",
      "Gejiu has mined tin for centuries. Tin, indium, bismuth and other metals remain in its {p}, but current processes recover little and risk arsenic pollution. We seek a safe, efficient recovery process.",
    ),
    confidential: (r) =>
      b(
        `堆存量约 ${r.int(20, 80)} 万吨，Sn ${r.pick([0.3, 0.5, 0.8])}%、In ${r.int(80, 200)} g/t、As ${r.pick([1.2, 2.5])}%；现有浮选回收率 ${r.int(40, 55)}%。`,
        `About ${r.int(200, 800)},000 t are stockpiled with ${r.pick([0.3, 0.5, 0.8])}% Sn, ${r.int(80, 200)} g/t In and ${r.pick([1.2, 2.5])}% As; current flotation recovers ${r.int(40, 55)}%.`,
      ),
    indicators: (r) => [
      ind("锡回收率", "tin recovery", `≥ ${r.int(70, 80)}`, "%"),
      ind("铟回收率", "indium recovery", `≥ ${r.int(80, 88)}`, "%"),
      ind(
        "砷固化浸出浓度",
        "arsenic leaching after stabilisation",
        `≤ ${r.pick([0.5, 1])}`,
        "mg/L",
      ),
    ],
    keywords: [
      b("锡", "tin"),
      b("有价金属回收", "valuable-metal recovery"),
      b("砷污染防治", "arsenic control"),
    ],
    minTrl: [5, 7],
    budgetWan: [300, 1000],
    modes: ["transfer", "joint_development", "equity_investment"],
  },
  {
    industry: "water",
    field: "energy_environment.water",
    variants: [
      b("高原湖泊入湖河道", "inflow rivers of plateau lakes"),
      b("农村生活污水", "rural domestic wastewater"),
      b("工业园区废水", "industrial-park wastewater"),
    ],
    title: b("{p}低成本脱氮除磷技术", "Low-cost nitrogen and phosphorus removal for {p}"),
    summary: b(
      "滇池、洱海等高原湖泊对氮磷排放要求严格，{p}处理设施冬季低温时出水总氮不稳定。征集低能耗、易运维的脱氮除磷工艺或装备。",
      "Plateau lakes such as Dianchi and Erhai set strict nitrogen and phosphorus limits, and effluent total nitrogen from {p} treatment becomes unstable in cold weather. We seek low-energy, easy-to-run removal processes or equipment.",
    ),
    confidential: (r) =>
      b(
        `运营站点 ${r.int(40, 150)} 座，规模 ${r.int(50, 500)}–${r.int(1000, 5000)} m³/d；冬季出水 TN ${r.int(12, 18)} mg/L，TP ${r.pick([0.5, 0.8])} mg/L；吨水电耗 ${r.pick([0.35, 0.45, 0.6])} kWh，碳源投加成本占运营成本 ${r.int(18, 30)}%。`,
        `We run ${r.int(40, 150)} sites of ${r.int(50, 500)}–${r.int(1000, 5000)} m³/d. Winter effluent has ${r.int(12, 18)} mg/L TN and ${r.pick([0.5, 0.8])} mg/L TP; power use is ${r.pick([0.35, 0.45, 0.6])} kWh/m³ and external carbon is ${r.int(18, 30)}% of operating cost.`,
      ),
    indicators: (r) => [
      ind("出水总氮", "effluent total nitrogen", `≤ ${r.int(8, 10)}`, "mg/L"),
      ind("出水总磷", "effluent total phosphorus", `≤ ${r.pick([0.3, 0.2])}`, "mg/L"),
      ind("吨水运行成本", "operating cost per m³", `≤ ${r.pick([0.6, 0.8])}`, "元", "CNY"),
    ],
    keywords: [
      b("脱氮除磷", "nutrient removal"),
      b("高原湖泊", "plateau lakes"),
      b("污水处理", "wastewater treatment"),
    ],
    minTrl: [6, 8],
    budgetWan: [100, 500],
    modes: ["non_exclusive_licence", "transfer", "joint_development"],
  },
  {
    industry: "tobacco",
    field: "plateau_agriculture.smart_farming",
    variants: [b("烤烟", "flue-cured tobacco"), b("雪茄烟叶", "cigar tobacco")],
    title: b("{p}智能烘烤与节能改造", "Intelligent, energy-saving curing of {p}"),
    summary: b(
      "现有{p}烤房以燃煤和人工看火为主，烘烤质量依赖烤烟师经验。征集基于图像识别的变黄期判断与智能温湿度控制、清洁能源替代技术。",
      "Our {p} barns burn coal and are tended by hand, so curing quality depends on the curer. We seek image-based judgement of the yellowing stage, intelligent temperature and humidity control and clean-energy substitution.",
    ),
    confidential: (r) =>
      b(
        `合作烟农烤房约 ${r.int(800, 2500)} 座，每炉耗煤 ${r.pick([1.1, 1.3, 1.5])} 吨；上等烟比例 ${r.int(45, 58)}%，烤坏烟损失率 ${r.int(5, 9)}%。`,
        `Contract growers run about ${r.int(800, 2500)} barns using ${r.pick([1.1, 1.3, 1.5])} t of coal per cure; top-grade leaf is ${r.int(45, 58)}% and ${r.int(5, 9)}% is spoiled.`,
      ),
    indicators: (r) => [
      ind(
        "上等烟比例提高",
        "top-grade share increase",
        `≥ ${r.int(5, 8)}`,
        "个百分点",
        "percentage points",
      ),
      ind("单炉能耗降低", "energy per cure reduction", `≥ ${r.int(25, 35)}`, "%"),
      ind("烤坏烟比例", "spoiled leaf", `≤ ${r.int(1, 2)}`, "%"),
    ],
    keywords: [
      b("烟叶烘烤", "tobacco curing"),
      b("清洁能源", "clean energy"),
      b("图像识别", "image recognition"),
    ],
    minTrl: [6, 8],
    budgetWan: [80, 300],
    modes: ["transfer", "non_exclusive_licence", "use_first_pay_later"],
  },
  {
    industry: "equipment",
    field: "high_end_equipment.robotics",
    variants: [
      b("高原农产品分拣", "plateau produce sorting"),
      b("有色金属铸锭搬运", "non-ferrous ingot handling"),
      b("中药饮片包装", "TCM decoction-piece packing"),
    ],
    title: b("面向{p}的协作机器人工作站", "Collaborative robot workcell for {p}"),
    summary: b(
      "{p}环节劳动强度大、招工难。征集视觉引导的协作机器人抓取与柔性工装方案，要求占地小、换产快，可与现有产线对接。",
      "{p} is heavy work and hard to staff. We seek vision-guided collaborative-robot picking with flexible fixtures that fits a small footprint, changes over quickly and connects to our existing line.",
    ),
    confidential: (r) =>
      b(
        `现有该岗位人员 ${r.int(12, 40)} 人，两班倒，人均年成本 ${r.int(7, 10)} 万元；产品规格 ${r.int(20, 60)} 种，最大单件质量 ${r.int(5, 25)} kg；现有 MES 为用友 U9 集成。`,
        `The station has ${r.int(12, 40)} workers on two shifts at CNY ${r.int(70, 100)}k each a year. We handle ${r.int(20, 60)} SKUs up to ${r.int(5, 25)} kg; MES is integrated with Yonyou U9.`,
      ),
    indicators: (r) => [
      ind("抓取成功率", "pick success rate", `≥ ${r.pick([99, 99.5])}`, "%"),
      ind("节拍", "cycle time", `≤ ${r.int(4, 8)}`, "s/件", "s per piece"),
      ind("换产时间", "changeover time", `≤ ${r.int(10, 20)}`, "min"),
      ind("投资回收期", "payback period", `≤ ${r.int(2, 3)}`, "年", "years"),
    ],
    keywords: [
      b("协作机器人", "collaborative robots"),
      b("视觉引导", "vision guidance"),
      b("柔性产线", "flexible line"),
    ],
    minTrl: [6, 8],
    budgetWan: [80, 400],
    modes: ["transfer", "non_exclusive_licence", "joint_development"],
  },
  {
    industry: "equipment",
    field: "high_end_equipment.instruments",
    variants: [
      b("高原环境", "high-altitude conditions"),
      b("电力设备", "power equipment"),
      b("食品安全", "food safety"),
    ],
    title: b("{p}便携式快速检测仪器国产化", "Domestic portable rapid-test instrument for {p}"),
    summary: b(
      "我司代理的{p}检测仪器以进口为主，价格高、供货周期长。征集可国产化的便携式快速检测原理样机或成熟技术，支持联合开发与批量生产。",
      "The instruments we sell for {p} testing are mostly imported, expensive and slow to deliver. We seek a portable rapid-test prototype or mature technology we can produce domestically through joint development.",
    ),
    confidential: (r) =>
      b(
        `进口同类仪器单价约 ${r.int(12, 40)} 万元，年销量 ${r.int(150, 600)} 台，交货期 ${r.int(8, 16)} 周；客户主要为疾控、海关与电网公司。`,
        `Comparable imports cost about CNY ${r.int(120, 400)}k each; we sell ${r.int(150, 600)} a year with ${r.int(8, 16)}-week lead times. Customers are CDCs, customs and grid companies.`,
      ),
    indicators: (r) => [
      ind("检测时间", "time to result", `≤ ${r.int(5, 15)}`, "min"),
      ind("整机质量", "instrument mass", `≤ ${r.int(2, 5)}`, "kg"),
      ind(
        "与进口仪器结果一致性",
        "agreement with imported reference instrument",
        `≥ ${r.int(95, 98)}`,
        "%",
      ),
      ind(
        "目标售价",
        "target price",
        `≤ 进口价格的 ${r.int(40, 60)}%`,
        null,
        `≤ ${r.int(40, 60)}% of import price`,
      ),
    ],
    keywords: [
      b("快速检测", "rapid testing"),
      b("仪器国产化", "domestic instruments"),
      b("便携式", "portable"),
    ],
    minTrl: [5, 7],
    budgetWan: [100, 500],
    modes: ["joint_development", "exclusive_licence", "transfer"],
  },
  {
    industry: "digital",
    field: "digital_economy.big_data",
    variants: [
      b("农产品电商", "agri e-commerce"),
      b("跨境物流", "cross-border logistics"),
      b("区域医疗", "regional healthcare"),
    ],
    title: b("{p}数据中台与智能分析", "Data platform and intelligent analytics for {p}"),
    summary: b(
      "我司{p}业务数据分散于十余个系统，报表靠人工汇总。征集数据治理、统一数据中台与智能分析（预测、推荐）整体方案，要求支持国产化软硬件环境。",
      "Our {p} data is spread across more than ten systems and reports are compiled by hand. We seek data governance, a unified data platform and intelligent analytics (forecasting, recommendation) that run on domestic hardware and software.",
    ),
    confidential: (r) =>
      b(
        `现有系统包括用友 ERP、自研订单系统及 ${r.int(3, 6)} 套第三方 SaaS，日增数据约 ${r.int(20, 80)} GB；数据团队 ${r.int(4, 9)} 人；信创要求：麒麟操作系统 + 达梦数据库。`,
        `Systems include Yonyou ERP, an in-house order system and ${r.int(3, 6)} SaaS tools, adding about ${r.int(20, 80)} GB a day; the data team has ${r.int(4, 9)} people. Domestic-stack requirement: Kylin OS and Dameng database.`,
      ),
    indicators: (r) => [
      ind("报表生成时效", "report latency", `≤ ${r.int(5, 15)}`, "min"),
      ind("需求预测准确率", "demand-forecast accuracy", `≥ ${r.int(85, 92)}`, "%"),
      ind("数据质量问题率", "data-quality issue rate", `≤ ${r.pick([0.5, 1])}`, "%"),
    ],
    keywords: [
      b("数据中台", "data platform"),
      b("信创", "domestic IT stack"),
      b("智能分析", "intelligent analytics"),
    ],
    minTrl: [6, 8],
    budgetWan: [50, 300],
    modes: ["non_exclusive_licence", "joint_development"],
  },
  {
    industry: "hospital",
    field: "biomedicine.diagnostics",
    variants: [
      b("肝癌", "liver cancer"),
      b("结直肠癌", "colorectal cancer"),
      b("鼻咽癌", "nasopharyngeal cancer"),
    ],
    title: b(
      "{p}早期筛查液体活检技术临床转化",
      "Clinical translation of liquid-biopsy screening for early {p}",
    ),
    summary: b(
      "我院消化/肿瘤中心每年新诊{p}患者众多，早期检出率偏低。征集基于 cfDNA 甲基化或蛋白标志物的早筛技术，开展多中心临床验证与院内转化。",
      "Our oncology centre diagnoses many new {p} patients each year, few of them early. We seek early screening based on cfDNA methylation or protein markers for multicentre clinical validation and in-hospital translation.",
    ),
    confidential: (r) =>
      b(
        `年新诊患者约 ${r.int(600, 1500)} 例，其中早期占 ${r.int(18, 30)}%；生物样本库现存血浆样本 ${r.int(5000, 15000)} 份（含随访信息）；伦理审查周期约 ${r.int(4, 8)} 周。`,
        `About ${r.int(600, 1500)} new patients a year, ${r.int(18, 30)}% at an early stage. Our biobank holds ${r.int(5000, 15000)} plasma samples with follow-up data; ethics review takes ${r.int(4, 8)} weeks.`,
      ),
    indicators: (r) => [
      ind("早期灵敏度", "early-stage sensitivity", `≥ ${r.int(80, 88)}`, "%"),
      ind("特异性", "specificity", `≥ ${r.int(92, 96)}`, "%"),
      ind("单次检测成本", "cost per test", `≤ ${r.int(300, 800)}`, "元", "CNY"),
    ],
    keywords: [
      b("液体活检", "liquid biopsy"),
      b("早筛", "early screening"),
      b("甲基化", "methylation"),
    ],
    minTrl: [4, 6],
    budgetWan: [100, 500],
    modes: ["joint_development", "exclusive_licence"],
  },
  {
    industry: "hospital",
    field: "biomedicine.devices",
    variants: [
      b("骨科手术", "orthopaedic surgery"),
      b("高原病康复", "altitude-sickness rehabilitation"),
      b("远程重症监护", "remote critical care"),
    ],
    title: b("{p}智能辅助设备联合研发", "Joint development of intelligent devices for {p}"),
    summary: b(
      "我院在{p}方面积累了大量临床需求和病例数据，希望与高校院所、企业联合研发智能辅助设备，由我院提供临床场景与验证。",
      "We have gathered extensive clinical needs and case data in {p} and want to co-develop intelligent assistive devices with universities and companies; the hospital provides the clinical setting and validation.",
    ),
    confidential: (r) =>
      b(
        `相关病例年手术/收治量约 ${r.int(2000, 6000)} 例；现有设备多为进口，平均使用年限 ${r.int(6, 11)} 年；科室已获批省级临床医学研究中心。`,
        `We treat about ${r.int(2000, 6000)} such cases a year with mostly imported equipment averaging ${r.int(6, 11)} years old; the department hosts a provincial clinical research centre.`,
      ),
    indicators: (r) => [
      ind("操作精度", "operating precision", `≤ ${r.pick([0.5, 1])}`, "mm"),
      ind("临床验证病例", "clinical validation cases", `≥ ${r.int(60, 200)}`, "例", "cases"),
      ind("国产化率", "domestic content", `≥ ${r.int(80, 95)}`, "%"),
    ],
    keywords: [
      b("医工结合", "medicine-engineering collaboration"),
      b("医疗器械", "medical devices"),
      b("临床转化", "clinical translation"),
    ],
    minTrl: [3, 5],
    budgetWan: [50, 300],
    modes: ["joint_development"],
  },
  {
    industry: "generic",
    field: "energy_environment.efficiency",
    variants: [
      b("空压站", "compressed-air station"),
      b("锅炉房", "boiler house"),
      b("冷库", "cold store"),
    ],
    title: b("{p}能耗在线监测与节能优化", "On-line energy monitoring and optimisation of the {p}"),
    summary: b(
      "为落实“双碳”目标和能耗双控要求，我司拟对{p}实施节能改造。征集能耗在线监测、负荷预测与智能调控方案，可采用合同能源管理模式。",
      "To meet carbon-peak targets and energy-intensity limits we plan to retrofit our {p}. We seek on-line energy monitoring, load forecasting and intelligent control, possibly under an energy-performance contract.",
    ),
    confidential: (r) =>
      b(
        `${r.int(2023, 2025)} 年该系统耗电约 ${r.int(300, 1500)} 万 kWh，占全厂 ${r.int(15, 35)}%；设备运行年限 ${r.int(6, 15)} 年，无分项计量。`,
        `In ${r.int(2023, 2025)} the system used about ${r.int(3, 15)} GWh, ${r.int(15, 35)}% of the site total; equipment is ${r.int(6, 15)} years old with no sub-metering.`,
      ),
    indicators: (r) => [
      ind("综合节能率", "energy saving", `≥ ${r.int(12, 20)}`, "%"),
      ind("计量覆盖率", "metering coverage", "100", "%"),
      ind("投资回收期", "payback period", `≤ ${r.int(2, 4)}`, "年", "years"),
    ],
    keywords: [
      b("节能改造", "energy retrofit"),
      b("能耗监测", "energy monitoring"),
      b("合同能源管理", "energy-performance contracting"),
    ],
    minTrl: [7, 9],
    budgetWan: [30, 200],
    modes: ["transfer", "use_first_pay_later", "non_exclusive_licence"],
  },
  {
    industry: "generic",
    field: "digital_economy.ai",
    variants: [
      b("产品外观", "product appearance"),
      b("包装标签", "packaging labels"),
      b("原料异物", "foreign matter in raw materials"),
    ],
    title: b("{p}机器视觉在线质检", "Machine-vision in-line inspection of {p}"),
    summary: b(
      "{p}质检目前依靠人工，漏检与标准不一问题突出。征集可在边缘端运行的机器视觉检测方案，要求小样本即可训练、可适应多品种换产。",
      "Inspection of {p} is manual, with missed defects and inconsistent standards. We seek machine-vision inspection that runs on edge devices, trains from few samples and adapts to frequent product changes.",
    ),
    confidential: (r) =>
      b(
        `现有质检员 ${r.int(6, 20)} 人，线速 ${r.int(60, 200)} 件/分钟；2025 年客诉中外观类占 ${r.int(30, 60)}%；产线工控机为研华 IPC-610，可预留 GPU 槽位。`,
        `We have ${r.int(6, 20)} inspectors on a line running ${r.int(60, 200)} pieces a minute; appearance issues made up ${r.int(30, 60)}% of 2025 complaints. Line PCs are Advantech IPC-610 with a free GPU slot.`,
      ),
    indicators: (r) => [
      ind("缺陷检出率", "defect detection rate", `≥ ${r.pick([99, 99.5])}`, "%"),
      ind("误报率", "false-alarm rate", `≤ ${r.pick([0.5, 1, 2])}`, "%"),
      ind(
        "新品种上线所需样本",
        "samples needed for a new product",
        `≤ ${r.int(50, 200)}`,
        "张",
        "images",
      ),
    ],
    keywords: [
      b("机器视觉", "machine vision"),
      b("质量检测", "quality inspection"),
      b("边缘计算", "edge computing"),
    ],
    minTrl: [6, 8],
    budgetWan: [30, 200],
    modes: ["non_exclusive_licence", "transfer", "joint_development"],
  },
  {
    industry: "generic",
    field: "energy_environment.solid_waste",
    variants: [
      b("生产废渣", "process residues"),
      b("包装废弃物", "packaging waste"),
      b("有机废弃物", "organic waste"),
    ],
    title: b("{p}减量化与资源化利用", "Reducing and reusing {p}"),
    summary: b(
      "随着环保要求提高，{p}委外处置费用持续上涨。征集厂内减量化、无害化及资源化利用技术，优先考虑可产生经济效益的方案。",
      "As environmental rules tighten, the cost of outsourcing {p} disposal keeps rising. We seek on-site reduction, safe treatment and reuse, preferably with an economic return.",
    ),
    confidential: (r) =>
      b(
        `年产生量约 ${r.int(2000, 20000)} 吨，委外处置单价 ${r.int(300, 1800)} 元/吨；主要成分检测报告可在签署保密协议后提供。`,
        `We generate about ${r.int(2000, 20000)} t a year and pay CNY ${r.int(300, 1800)} per tonne for disposal; composition reports are available under NDA.`,
      ),
    indicators: (r) => [
      ind("减量率", "volume reduction", `≥ ${r.int(40, 70)}`, "%"),
      ind("资源化利用率", "reuse rate", `≥ ${r.int(60, 85)}`, "%"),
      ind("处置成本降低", "disposal cost reduction", `≥ ${r.int(30, 50)}`, "%"),
    ],
    keywords: [
      b("固废资源化", "solid-waste valorisation"),
      b("减量化", "waste reduction"),
      b("循环经济", "circular economy"),
    ],
    minTrl: [6, 8],
    budgetWan: [50, 300],
    modes: ["transfer", "joint_development", "use_first_pay_later"],
  },
];
