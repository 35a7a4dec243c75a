// Phrases that make a listing read like a real one: the pain point it solves, how, the measured
// indicators and where it is used. Keyed by subfield where subfields differ a lot, else by top field.

/** A phrase in both languages. */
export interface Bi {
  zh: string;
  en: string;
}

/** A measured indicator; `{v}` is replaced by one of the values. */
export interface IndicatorPhrase extends Bi {
  values: readonly (string | number)[];
}

/** What the generator needs to write a listing in one field. */
export interface FieldProfile {
  problems: readonly Bi[];
  approaches: readonly Bi[];
  indicators: readonly IndicatorPhrase[];
  applications: readonly Bi[];
  keywords: readonly Bi[];
}

const b = (zh: string, en: string): Bi => ({ zh, en });
const ind = (zh: string, en: string, values: (string | number)[]): IndicatorPhrase => ({
  zh,
  en,
  values,
});

const PROFILES: Record<string, FieldProfile> = {
  new_materials: {
    problems: [
      b(
        "材料性能批次波动大、高端牌号依赖进口",
        "properties vary from batch to batch and high-end grades are imported",
      ),
      b(
        "传统制备工艺能耗高、流程长、收率低",
        "conventional routes are energy-hungry, long and low-yield",
      ),
      b(
        "服役环境苛刻导致材料寿命短、维护成本高",
        "harsh service conditions shorten service life and raise maintenance costs",
      ),
    ],
    approaches: [
      b(
        "通过成分设计与微观组织调控，建立了稳定的中试工艺窗口",
        "it combines composition design with microstructure control and a stable pilot-scale process window",
      ),
      b(
        "采用低温短流程制备路线并实现关键工序在线监测",
        "it uses a short, low-temperature route with in-line monitoring of the critical steps",
      ),
      b(
        "引入表面改性与界面强化技术，兼顾强度与加工性能",
        "it adds surface modification and interface strengthening to balance strength and processability",
      ),
    ],
    indicators: [
      ind("抗拉强度 ≥ {v} MPa", "tensile strength ≥ {v} MPa", [420, 560, 680, 850, 1050]),
      ind("生产能耗降低 {v}%", "process energy use down {v}%", [18, 22, 27, 35]),
      ind(
        "产品合格率提升至 {v}%",
        "yield of conforming product raised to {v}%",
        [96.5, 98.2, 99.1],
      ),
      ind("耐盐雾时间 ≥ {v} h", "salt-spray resistance ≥ {v} h", [500, 1000, 1500]),
      ind("使用寿命延长 {v} 倍", "service life extended {v}×", [1.5, 2, 3]),
    ],
    applications: [
      b("轨道交通与汽车轻量化", "rail and automotive lightweighting"),
      b("电子封装与新能源装备", "electronic packaging and new-energy equipment"),
      b("建筑建材与基础设施", "construction materials and infrastructure"),
    ],
    keywords: [
      b("新材料", "new materials"),
      b("中试放大", "pilot scale-up"),
      b("低能耗制备", "low-energy processing"),
    ],
  },
  "new_materials.carbon": {
    problems: [
      b(
        "石墨烯等碳材料宏量制备成本高、层数与缺陷难以控制",
        "mass production of graphene and other carbon materials is costly and layer count and defects are hard to control",
      ),
      b(
        "碳材料在基体中分散性差，复合后性能难以发挥",
        "carbon fillers disperse poorly, so composites fall short of their potential",
      ),
    ],
    approaches: [
      b(
        "采用可控插层剥离与低温还原工艺，实现层数与缺陷的精准调控",
        "controlled intercalation exfoliation and low-temperature reduction set layer count and defect density precisely",
      ),
      b(
        "通过表面官能化与原位复合，显著改善碳材料分散与界面结合",
        "surface functionalisation and in-situ compounding improve dispersion and interfacial bonding",
      ),
    ],
    indicators: [
      ind("导热系数 ≥ {v} W/(m·K)", "thermal conductivity ≥ {v} W/(m·K)", [800, 1200, 1500]),
      ind("方阻 ≤ {v} Ω/sq", "sheet resistance ≤ {v} Ω/sq", [15, 30, 50]),
      ind("单层率 ≥ {v}%", "monolayer ratio ≥ {v}%", [85, 90, 95]),
      ind("比表面积 {v} m²/g", "specific surface area {v} m²/g", [850, 1200, 1600]),
      ind("单线年产能 {v} 吨", "annual capacity {v} t per line", [10, 50, 100]),
    ],
    applications: [
      b("电子器件散热与导热界面材料", "heat spreaders and thermal interface materials"),
      b("锂电与超级电容电极", "electrodes for lithium batteries and supercapacitors"),
      b("防腐涂料与电磁屏蔽", "anti-corrosion coatings and EMI shielding"),
    ],
    keywords: [
      b("石墨烯", "graphene"),
      b("碳材料", "carbon materials"),
      b("导热", "thermal conductivity"),
    ],
  },
  "new_materials.metals": {
    problems: [
      b(
        "轻合金构件强度与塑性难以兼顾，成形开裂率高",
        "light-alloy parts trade strength against ductility and crack during forming",
      ),
      b(
        "熔铸过程夹杂与偏析导致性能离散、废品率高",
        "inclusions and segregation during casting scatter properties and raise scrap rates",
      ),
    ],
    approaches: [
      b(
        "采用微合金化与形变热处理协同调控晶粒组织",
        "microalloying plus thermomechanical treatment refines the grain structure",
      ),
      b(
        "开发在线除气除渣与精确控温的熔铸工艺",
        "an in-line degassing, slag removal and tightly controlled melt temperature casting process",
      ),
    ],
    indicators: [
      ind("抗拉强度 ≥ {v} MPa", "tensile strength ≥ {v} MPa", [450, 560, 620, 900, 1100]),
      ind("延伸率 ≥ {v}%", "elongation ≥ {v}%", [8, 12, 15]),
      ind("铸锭氢含量 ≤ {v} mL/100g", "ingot hydrogen ≤ {v} mL/100 g", [0.12, 0.15]),
      ind("金属收得率提高 {v} 个百分点", "metal recovery up {v} percentage points", [3, 5, 8]),
      ind("腐蚀速率 ≤ {v} mm/a", "corrosion rate ≤ {v} mm/a", [0.01, 0.05, 0.1]),
    ],
    applications: [
      b("航空航天结构件", "aerospace structural parts"),
      b("新能源汽车轻量化部件", "lightweight EV components"),
      b("化工防腐设备", "corrosion-resistant chemical equipment"),
    ],
    keywords: [
      b("轻合金", "light alloys"),
      b("熔铸", "melting and casting"),
      b("微合金化", "microalloying"),
    ],
  },
  "new_materials.ceramics": {
    problems: [
      b(
        "无机非金属材料烧成温度高、能耗大",
        "inorganic non-metallic materials need high firing temperatures and much energy",
      ),
      b(
        "固废掺量低、制品强度与耐久性不足",
        "little solid waste can be added and products lack strength and durability",
      ),
    ],
    approaches: [
      b(
        "通过配方优化与助烧剂体系降低烧成温度",
        "an optimised formulation with sintering aids lowers the firing temperature",
      ),
      b(
        "以工业固废为主要原料，结合激发与养护工艺提升性能",
        "industrial solid waste becomes the main raw material, with activation and curing to lift performance",
      ),
    ],
    indicators: [
      ind("抗压强度 ≥ {v} MPa", "compressive strength ≥ {v} MPa", [30, 45, 60, 120]),
      ind("烧成温度降低 {v} ℃", "firing temperature down {v} °C", [50, 80, 120]),
      ind("固废掺量 ≥ {v}%", "solid-waste content ≥ {v}%", [40, 60, 75]),
      ind("导热系数 ≤ {v} W/(m·K)", "thermal conductivity ≤ {v} W/(m·K)", [0.05, 0.08, 0.12]),
      ind("吸水率 ≤ {v}%", "water absorption ≤ {v}%", [0.5, 2, 5]),
    ],
    applications: [
      b("水泥与混凝土行业", "cement and concrete"),
      b("光伏玻璃与建筑玻璃", "PV and architectural glass"),
      b("矿山充填与固废资源化", "mine backfill and solid-waste reuse"),
    ],
    keywords: [
      b("无机非金属", "inorganic materials"),
      b("固废利用", "solid-waste reuse"),
      b("低温烧成", "low-temperature firing"),
    ],
  },
  "new_materials.polymers": {
    problems: [
      b(
        "功能性高分子材料耐温、耐候与环保性能难以同时满足",
        "functional polymers rarely combine heat resistance, weatherability and low emissions",
      ),
      b(
        "纺织与涂层加工工序多、助剂残留高",
        "textile and coating processes have many steps and leave additive residues",
      ),
    ],
    approaches: [
      b(
        "通过分子结构设计与交联体系优化提升综合性能",
        "molecular design and an optimised cross-linking system raise overall performance",
      ),
      b(
        "采用水性化、无溶剂化工艺并缩短加工流程",
        "waterborne, solvent-free processing with fewer steps",
      ),
    ],
    indicators: [
      ind("VOC 排放 ≤ {v} g/L", "VOC ≤ {v} g/L", [30, 50, 80]),
      ind("热分解温度 ≥ {v} ℃", "decomposition temperature ≥ {v} °C", [280, 350, 420]),
      ind("抗菌率 ≥ {v}%", "antibacterial rate ≥ {v}%", [99, 99.9]),
      ind("附着力 {v} 级", "adhesion grade {v}", ["0", "1"]),
      ind("加工能耗降低 {v}%", "processing energy down {v}%", [15, 20, 30]),
    ],
    applications: [
      b("功能纺织品与防护服装", "functional textiles and protective clothing"),
      b("管道与钢结构防腐", "pipeline and steel-structure protection"),
      b("包装与电子胶粘", "packaging and electronic adhesives"),
    ],
    keywords: [
      b("高分子材料", "polymers"),
      b("功能涂层", "functional coatings"),
      b("水性化", "waterborne"),
    ],
  },
  plateau_agriculture: {
    problems: [
      b(
        "山地农业机械化程度低、人工成本逐年上升",
        "mountain farming is barely mechanised and labour costs rise every year",
      ),
      b(
        "病虫害发生规律复杂，化学农药用量偏高",
        "pests and diseases are complex and pesticide use stays high",
      ),
      b(
        "水资源分布不均，灌溉水利用率低",
        "water is unevenly distributed and irrigation efficiency is low",
      ),
    ],
    approaches: [
      b(
        "结合云南高原山地地形特点进行轻简化、模块化设计",
        "a light, modular design for Yunnan's plateau terrain",
      ),
      b(
        "融合物联网感知与精准施用控制，实现按需作业",
        "IoT sensing plus precise application control, so work is done only where needed",
      ),
      b("采用绿色防控与物理防治相结合的技术路线", "green control combined with physical methods"),
    ],
    indicators: [
      ind("亩均节水 {v}%", "water saved per mu {v}%", [25, 30, 40]),
      ind("农药使用量减少 {v}%", "pesticide use down {v}%", [20, 30, 35]),
      ind("作业效率提升 {v} 倍", "work rate up {v}×", [2, 3, 5]),
      ind("亩均增产 {v}%", "yield per mu up {v}%", [8, 12, 15]),
      ind("坡度适应 ≤ {v}°", "works on slopes up to {v}°", [15, 25, 30]),
    ],
    applications: [
      b("高原特色经济作物种植基地", "plateau cash-crop bases"),
      b("家庭农场与农民专业合作社", "family farms and farmer co-operatives"),
      b("山地果园与设施农业", "hillside orchards and protected agriculture"),
    ],
    keywords: [
      b("高原特色农业", "plateau agriculture"),
      b("绿色防控", "green pest control"),
      b("节水灌溉", "water-saving irrigation"),
    ],
  },
  "plateau_agriculture.tea_coffee": {
    problems: [
      b(
        "茶叶初制加工依赖经验，品质批次间差异大",
        "primary tea processing relies on experience and quality differs between batches",
      ),
      b(
        "鲜叶输送与萎凋、杀青环节自动化程度低",
        "leaf conveying, withering and de-enzyming are barely automated",
      ),
    ],
    approaches: [
      b(
        "建立温湿度与含水率在线监测的闭环控制工艺",
        "closed-loop control driven by in-line temperature, humidity and moisture readings",
      ),
      b(
        "设计连续化生产线，实现鲜叶输送、萎凋与干燥工序衔接",
        "a continuous line linking leaf conveying, withering and drying",
      ),
    ],
    indicators: [
      ind("萎凋时间缩短 {v}%", "withering time down {v}%", [25, 30, 40]),
      ind("茶多酚保留率 ≥ {v}%", "tea-polyphenol retention ≥ {v}%", [88, 92, 95]),
      ind("感官审评得分提高 {v} 分", "sensory score up {v} points", [2, 3, 4.5]),
      ind("单线日处理鲜叶 {v} 吨", "line capacity {v} t fresh leaf per day", [3, 5, 8]),
      ind("吨茶能耗降低 {v}%", "energy per tonne of tea down {v}%", [15, 20, 28]),
    ],
    applications: [
      b("普洱茶、滇红与白茶初制所", "primary factories for Pu'er, Dian Hong and white tea"),
      b("咖啡与茶饮深加工企业", "coffee and tea-beverage processors"),
      b("茶旅融合示范基地", "tea-tourism demonstration estates"),
    ],
    keywords: [b("茶叶加工", "tea processing"), b("普洱茶", "Pu'er tea"), b("萎凋", "withering")],
  },
  "plateau_agriculture.flowers": {
    problems: [
      b(
        "设施种植环境调控粗放，水肥利用率低",
        "protected cultivation is controlled coarsely and water and fertiliser are wasted",
      ),
      b(
        "鲜切花与特色作物采后损耗高",
        "cut flowers and specialty crops suffer heavy post-harvest losses",
      ),
    ],
    approaches: [
      b(
        "采用传感器网络与水肥一体化智能控制",
        "sensor networks with integrated, intelligent fertigation control",
      ),
      b(
        "构建标准化栽培模式与环境参数数据库",
        "standardised cultivation protocols backed by an environmental-parameter database",
      ),
    ],
    indicators: [
      ind("水肥利用率提高 {v}%", "water and fertiliser efficiency up {v}%", [20, 30, 35]),
      ind("A 级花比例提升至 {v}%", "grade-A stems raised to {v}%", [75, 82, 88]),
      ind("棚内温度控制精度 ±{v} ℃", "greenhouse temperature held within ±{v} °C", [0.5, 1]),
      ind("人工成本降低 {v}%", "labour cost down {v}%", [25, 35, 40]),
    ],
    applications: [
      b("斗南等鲜切花生产基地", "cut-flower bases such as Dounan"),
      b("食用菌工厂与设施蔬菜", "mushroom factories and greenhouse vegetables"),
      b("高原特色水果种植园", "plateau fruit plantations"),
    ],
    keywords: [
      b("花卉园艺", "floriculture"),
      b("水肥一体化", "fertigation"),
      b("设施农业", "protected agriculture"),
    ],
  },
  "plateau_agriculture.livestock": {
    problems: [
      b(
        "规模化养殖环境调控能耗高、仔畜成活率不稳定",
        "intensive farms spend heavily on climate control and young-stock survival varies",
      ),
      b(
        "投喂与防疫依赖人工经验，饲料转化率偏低",
        "feeding and disease prevention rely on experience and feed conversion is poor",
      ),
    ],
    approaches: [
      b(
        "融合机器视觉识别与环境参数动态调控",
        "machine-vision recognition combined with dynamic climate control",
      ),
      b(
        "采用低能耗精准供热与自动饮水投喂系统",
        "low-energy targeted heating with automatic feeding and watering",
      ),
    ],
    indicators: [
      ind("仔猪成活率提高 {v} 个百分点", "piglet survival up {v} percentage points", [3, 5, 6.5]),
      ind("饲料转化率提升 {v}%", "feed conversion improved {v}%", [6, 8, 12]),
      ind("取暖能耗降低 {v}%", "heating energy down {v}%", [30, 40, 45]),
      ind("识别准确率 ≥ {v}%", "recognition accuracy ≥ {v}%", [95, 97.5]),
    ],
    applications: [
      b("生猪与肉牛规模化养殖场", "pig and beef-cattle farms"),
      b("高原冷水鱼循环水养殖", "recirculating aquaculture of plateau cold-water fish"),
      b("畜禽养殖合作社", "livestock co-operatives"),
    ],
    keywords: [
      b("智慧养殖", "smart livestock farming"),
      b("精准饲喂", "precision feeding"),
      b("动物福利", "animal welfare"),
    ],
  },
  "plateau_agriculture.processing": {
    problems: [
      b(
        "特色农产品精深加工不足，附加值低",
        "specialty produce is rarely processed beyond the first step and earns little",
      ),
      b(
        "加工过程营养与风味损失大、货架期短",
        "processing loses nutrients and flavour and shelf life is short",
      ),
    ],
    approaches: [
      b(
        "采用低温非热加工与复合保鲜工艺",
        "low-temperature non-thermal processing with combined preservation",
      ),
      b(
        "建立原料预处理—加工—包装一体化连续工艺",
        "a continuous line from raw-material preparation to packaging",
      ),
    ],
    indicators: [
      ind("货架期延长至 {v} 天", "shelf life extended to {v} days", [90, 180, 270]),
      ind("活性成分保留率 ≥ {v}%", "active-ingredient retention ≥ {v}%", [85, 90, 93]),
      ind("加工得率提升 {v}%", "processing yield up {v}%", [6, 10, 15]),
      ind("菌落总数 ≤ {v} CFU/g", "total plate count ≤ {v} CFU/g", [100, 1000]),
    ],
    applications: [
      b("果蔬与菌菇精深加工企业", "fruit, vegetable and mushroom processors"),
      b("休闲食品与功能饮品", "snacks and functional drinks"),
      b("冷链物流与电商渠道", "cold-chain and e-commerce channels"),
    ],
    keywords: [
      b("农产品加工", "agri-food processing"),
      b("保鲜", "preservation"),
      b("精深加工", "value-added processing"),
    ],
  },
  "plateau_agriculture.smart_farming": {
    problems: [
      b(
        "山地梯田作业空间狭小，大型农机无法进入",
        "terraced plots are too small for large machinery",
      ),
      b(
        "烟草等经济作物采收、烘烤环节劳动强度大",
        "harvesting and curing cash crops such as tobacco is heavy work",
      ),
    ],
    approaches: [
      b(
        "开发适配小地块的轻量化履带式与轨道式作业装备",
        "light tracked and rail-guided machines sized for small plots",
      ),
      b(
        "结合物联网监测实现作业过程数字化管理",
        "IoT monitoring brings every operation onto a digital record",
      ),
    ],
    indicators: [
      ind("作业效率为人工的 {v} 倍", "{v}× the work rate of manual labour", [3, 5, 8]),
      ind("整机质量 ≤ {v} kg", "machine mass ≤ {v} kg", [120, 260, 450]),
      ind("烘烤能耗降低 {v}%", "curing energy down {v}%", [18, 25]),
      ind("上等烟比例提高 {v} 个百分点", "top-grade leaf share up {v} points", [4, 6, 8]),
    ],
    applications: [
      b("山地果园与梯田", "hillside orchards and terraces"),
      b("烤烟种植与初烤", "flue-cured tobacco growing and curing"),
      b("县域农业社会化服务组织", "county agricultural service providers"),
    ],
    keywords: [
      b("智慧农业", "smart farming"),
      b("山地农机", "hill-farming machinery"),
      b("农业物联网", "agricultural IoT"),
    ],
  },
  "plateau_agriculture.breeding": {
    problems: [
      b(
        "优良品种选育周期长、抗逆性状难以快速聚合",
        "breeding takes years and stress-tolerance traits are hard to stack",
      ),
      b(
        "杂交制种去雄依赖人工，纯度不稳定",
        "hybrid seed production relies on manual emasculation and purity varies",
      ),
    ],
    approaches: [
      b(
        "利用分子标记辅助选择与基因功能验证加速育种",
        "marker-assisted selection and gene-function validation speed up breeding",
      ),
      b(
        "开发标准化去雄与制种装置，提高制种效率",
        "standardised emasculation and seed-production devices",
      ),
    ],
    indicators: [
      ind("育种周期缩短 {v} 年", "breeding cycle shortened by {v} years", [2, 3]),
      ind("制种纯度 ≥ {v}%", "seed purity ≥ {v}%", [98, 99.5]),
      ind("耐盐浓度提高至 {v} mmol/L", "salt tolerance raised to {v} mmol/L", [150, 200]),
      ind("增产 {v}%", "yield up {v}%", [8, 12]),
    ],
    applications: [
      b("水稻与蔬菜种业企业", "rice and vegetable seed companies"),
      b("高原特色作物育种", "breeding of plateau specialty crops"),
    ],
    keywords: [
      b("种业", "seed industry"),
      b("分子育种", "molecular breeding"),
      b("抗逆", "stress tolerance"),
    ],
  },
  biomedicine: {
    problems: [
      b(
        "关键生物材料与试剂依赖进口、成本高",
        "key biomaterials and reagents are imported and expensive",
      ),
      b(
        "细胞培养与制备过程开放操作多，污染风险高",
        "cell culture involves many open steps and contamination risk is high",
      ),
    ],
    approaches: [
      b(
        "建立封闭式、标准化的制备流程并符合 GMP 要求",
        "a closed, standardised process that meets GMP",
      ),
      b(
        "优化培养体系与关键工艺参数，实现稳定放大",
        "an optimised culture system and critical process parameters that scale reliably",
      ),
    ],
    indicators: [
      ind("细胞活率 ≥ {v}%", "cell viability ≥ {v}%", [90, 95]),
      ind("扩增倍数提高 {v} 倍", "expansion fold up {v}×", [3, 5, 10]),
      ind("制备周期缩短 {v}%", "preparation time down {v}%", [20, 30, 40]),
      ind("批间差异 CV ≤ {v}%", "batch-to-batch CV ≤ {v}%", [5, 8, 10]),
    ],
    applications: [
      b("细胞治疗与再生医学", "cell therapy and regenerative medicine"),
      b("生物医药研发外包服务", "contract research for biopharma"),
      b("医院检验科与科研平台", "hospital laboratories and research cores"),
    ],
    keywords: [b("生物医药", "biomedicine"), b("细胞培养", "cell culture"), b("GMP", "GMP")],
  },
  "biomedicine.drugs": {
    problems: [
      b(
        "现有药物起效慢、依从性差、不良反应多",
        "existing drugs act slowly, patients adhere poorly and side effects are common",
      ),
      b(
        "中药复方物质基础不清、质量标准难以统一",
        "the active basis of TCM formulas is unclear and quality standards are hard to unify",
      ),
    ],
    approaches: [
      b(
        "基于云南道地药材建立组方并完成药效学与安全性评价",
        "a formula built on authentic Yunnan herbs, with pharmacodynamic and safety studies",
      ),
      b(
        "采用缓控释制剂技术改善药代动力学特征",
        "a controlled-release formulation improves the pharmacokinetic profile",
      ),
    ],
    indicators: [
      ind("有效率 {v}%（动物模型）", "response rate {v}% (animal model)", [78, 85, 91]),
      ind("生物利用度提高 {v}%", "bioavailability up {v}%", [35, 50, 80]),
      ind("药物释放时间 ≥ {v} h", "release sustained ≥ {v} h", [12, 24]),
      ind("主要成分含量 ≥ {v}%", "main component content ≥ {v}%", [95, 98]),
      ind("急性毒性 LD50 > {v} g/kg", "acute toxicity LD50 > {v} g/kg", [5, 10]),
    ],
    applications: [
      b("中药新药与院内制剂开发", "new TCM drugs and hospital preparations"),
      b("功能性保健食品", "functional health foods"),
      b("仿制药一致性评价与改良型新药", "generic-equivalence and improved new drugs"),
    ],
    keywords: [
      b("中药", "traditional Chinese medicine"),
      b("新药研发", "drug development"),
      b("缓释制剂", "sustained release"),
    ],
  },
  "biomedicine.devices": {
    problems: [
      b(
        "临床操作依赖医生经验，精度与一致性不足",
        "procedures depend on the surgeon's experience and lack precision and consistency",
      ),
      b(
        "高端植介入器械与康复设备国产化率低",
        "few high-end implants and rehabilitation devices are made domestically",
      ),
    ],
    approaches: [
      b(
        "结合医学影像三维重建与 3D 打印实现个性化定制",
        "3D reconstruction from medical images plus 3D printing makes each device patient-specific",
      ),
      b(
        "融合传感与智能控制算法，实现实时监测与反馈",
        "sensing and intelligent control give real-time monitoring and feedback",
      ),
    ],
    indicators: [
      ind("定位误差 ≤ {v} mm", "positioning error ≤ {v} mm", [0.5, 1, 1.5]),
      ind("手术时间缩短 {v}%", "operating time down {v}%", [20, 30, 35]),
      ind("孔隙率 {v}%", "porosity {v}%", [60, 70, 75]),
      ind("检测灵敏度 ≥ {v}%", "sensitivity ≥ {v}%", [92, 95, 98]),
    ],
    applications: [
      b("骨科、口腔与肝胆外科", "orthopaedic, dental and hepatobiliary surgery"),
      b("康复医学与基层医疗机构", "rehabilitation and primary care"),
      b("医疗器械注册与产业化", "device registration and manufacturing"),
    ],
    keywords: [
      b("医疗器械", "medical devices"),
      b("3D打印", "3D printing"),
      b("个性化", "patient-specific"),
    ],
  },
  "biomedicine.diagnostics": {
    problems: [
      b(
        "现有检测方法耗时长、依赖大型仪器，基层难以开展",
        "current tests are slow and need large instruments, out of reach for primary care",
      ),
      b("早期诊断灵敏度不足，易漏检", "early-stage sensitivity is low and cases are missed"),
    ],
    approaches: [
      b(
        "采用靶向捕获与高通量测序相结合的检测策略",
        "targeted capture combined with high-throughput sequencing",
      ),
      b(
        "开发即时检测（POCT）试剂盒与配套判读算法",
        "a point-of-care kit with its own reading algorithm",
      ),
    ],
    indicators: [
      ind("检测限 {v} ng/mL", "limit of detection {v} ng/mL", [0.05, 0.1, 0.5]),
      ind("检测时间 ≤ {v} min", "time to result ≤ {v} min", [15, 30, 45]),
      ind("灵敏度 {v}%", "sensitivity {v}%", [93.5, 96.2, 98.1]),
      ind("特异性 {v}%", "specificity {v}%", [95.4, 97.8, 99.2]),
      ind("AUC 达 {v}", "AUC {v}", [0.89, 0.92, 0.95]),
    ],
    applications: [
      b("医院检验科与第三方医学检验", "hospital and independent clinical labs"),
      b("基层医疗与疾控现场检测", "primary care and field testing by CDCs"),
      b("食品安全快速检测", "rapid food-safety testing"),
    ],
    keywords: [
      b("体外诊断", "in-vitro diagnostics"),
      b("POCT", "point-of-care testing"),
      b("分子诊断", "molecular diagnostics"),
    ],
  },
  "biomedicine.biologics": {
    problems: [
      b(
        "重组蛋白与病毒载体纯化收率低、内毒素残留高",
        "recombinant proteins and viral vectors purify poorly and keep endotoxin",
      ),
      b("生物制品工艺放大难，成本居高不下", "bioprocesses are hard to scale and costs stay high"),
    ],
    approaches: [
      b(
        "优化表达体系与亲和层析纯化工艺",
        "an optimised expression system and affinity purification",
      ),
      b("建立一次性生物反应器的规模化工艺", "a scalable process in single-use bioreactors"),
    ],
    indicators: [
      ind("纯度 ≥ {v}%", "purity ≥ {v}%", [95, 98, 99]),
      ind("内毒素 ≤ {v} EU/mg", "endotoxin ≤ {v} EU/mg", [0.1, 0.5, 1]),
      ind("收率提高 {v}%", "yield up {v}%", [25, 40, 60]),
      ind("表达量 ≥ {v} g/L", "titre ≥ {v} g/L", [1.5, 3, 5]),
    ],
    applications: [
      b("医美与组织工程材料", "aesthetic medicine and tissue engineering"),
      b("生物药与基因治疗", "biologics and gene therapy"),
      b("酶制剂与化妆品原料", "enzymes and cosmetic ingredients"),
    ],
    keywords: [
      b("生物制品", "biologics"),
      b("蛋白纯化", "protein purification"),
      b("重组表达", "recombinant expression"),
    ],
  },
  digital_economy: {
    problems: [
      b(
        "业务数据分散在多个系统，难以统一治理与分析",
        "business data sits in many systems and cannot be governed or analysed together",
      ),
      b(
        "人工处理效率低、差错率高，难以支撑规模化业务",
        "manual handling is slow and error-prone and cannot scale",
      ),
    ],
    approaches: [
      b(
        "构建统一数据中台与可扩展微服务架构",
        "a unified data platform on a scalable microservice architecture",
      ),
      b(
        "引入机器学习模型实现智能决策与自动化处理",
        "machine-learning models drive decisions and automation",
      ),
    ],
    indicators: [
      ind("处理效率提升 {v}%", "throughput up {v}%", [35, 50, 60]),
      ind("系统可用性 ≥ {v}%", "availability ≥ {v}%", [99.9, 99.95]),
      ind("响应时间 ≤ {v} ms", "response time ≤ {v} ms", [100, 200, 300]),
      ind("准确率 ≥ {v}%", "accuracy ≥ {v}%", [92, 95, 97]),
    ],
    applications: [
      b("政务服务与智慧城市", "e-government and smart cities"),
      b("金融与电信运营", "finance and telecom operations"),
      b("制造与能源企业数字化转型", "digital transformation of manufacturers and utilities"),
    ],
    keywords: [
      b("数字经济", "digital economy"),
      b("数据治理", "data governance"),
      b("数字化转型", "digital transformation"),
    ],
  },
  "digital_economy.ai": {
    problems: [
      b(
        "人工目视检测效率低、漏检率高，标准难以统一",
        "visual inspection by people is slow, misses defects and lacks a common standard",
      ),
      b(
        "模型在复杂场景下泛化能力差、部署成本高",
        "models generalise poorly in complex scenes and are costly to deploy",
      ),
    ],
    approaches: [
      b(
        "采用轻量化深度学习网络与知识蒸馏，支持边缘端部署",
        "a lightweight deep network with knowledge distillation that runs on edge devices",
      ),
      b(
        "构建行业专用数据集并引入小样本与增量学习",
        "an industry dataset with few-shot and incremental learning",
      ),
    ],
    indicators: [
      ind("识别准确率 ≥ {v}%", "recognition accuracy ≥ {v}%", [95, 97.5, 98.6]),
      ind("mAP 达 {v}", "mAP {v}", [0.82, 0.87, 0.91]),
      ind("单帧推理时间 ≤ {v} ms", "inference ≤ {v} ms per frame", [15, 25, 40]),
      ind("漏检率 ≤ {v}%", "miss rate ≤ {v}%", [0.5, 1, 2]),
      ind("模型体积压缩 {v}%", "model size cut {v}%", [60, 75, 85]),
    ],
    applications: [
      b(
        "光伏、钢结构与电力设备质检",
        "quality inspection of PV, steel structures and power equipment",
      ),
      b("烟叶、茶叶等农产品分级", "grading of tobacco, tea and other produce"),
      b("交通与公共安全视频分析", "video analytics for traffic and public safety"),
    ],
    keywords: [
      b("人工智能", "artificial intelligence"),
      b("深度学习", "deep learning"),
      b("机器视觉", "machine vision"),
    ],
  },
  "digital_economy.iot": {
    problems: [
      b(
        "现场设备协议多样、数据采集难，运维依赖人工巡检",
        "field devices speak many protocols, data is hard to collect and upkeep relies on patrols",
      ),
      b(
        "偏远山区通信条件差，监测数据实时性不足",
        "remote mountain areas have poor coverage and monitoring data arrives late",
      ),
    ],
    approaches: [
      b(
        "采用多协议边缘网关与 5G/NB-IoT 融合组网",
        "multi-protocol edge gateways on a combined 5G/NB-IoT network",
      ),
      b(
        "设计低功耗终端与云边协同管理平台",
        "low-power terminals with a cloud-edge management platform",
      ),
    ],
    indicators: [
      ind("支持协议 ≥ {v} 种", "≥ {v} protocols supported", [12, 20, 30]),
      ind("终端待机时间 ≥ {v} 年", "terminal battery life ≥ {v} years", [3, 5]),
      ind("数据上报时延 ≤ {v} s", "reporting latency ≤ {v} s", [1, 2, 5]),
      ind("巡检成本降低 {v}%", "inspection cost down {v}%", [40, 50, 60]),
    ],
    applications: [
      b("智慧交通与城市管理", "smart traffic and city management"),
      b("电力、燃气管网监测", "power-grid and gas-network monitoring"),
      b("农业与生态环境监测", "agricultural and environmental monitoring"),
    ],
    keywords: [b("物联网", "Internet of Things"), b("边缘计算", "edge computing"), b("5G", "5G")],
  },
  "digital_economy.software": {
    problems: [
      b(
        "行业业务流程复杂、系统孤立，信息无法共享互认",
        "processes are complex and systems isolated, so records are not shared or recognised",
      ),
      b(
        "数据可信与溯源手段缺乏，监管成本高",
        "there is no trustworthy traceability and supervision is costly",
      ),
    ],
    approaches: [
      b(
        "基于区块链与云原生架构实现数据可信共享",
        "blockchain on a cloud-native stack makes shared data trustworthy",
      ),
      b(
        "采用低代码配置与开放接口，快速适配不同业务场景",
        "low-code configuration and open APIs adapt quickly to new scenarios",
      ),
    ],
    indicators: [
      ind("并发用户 ≥ {v} 万", "≥ {v}0,000 concurrent users", [1, 5, 10]),
      ind("业务办理时长缩短 {v}%", "case handling time down {v}%", [40, 55, 70]),
      ind("数据上链时延 ≤ {v} s", "on-chain latency ≤ {v} s", [1, 3]),
      ind("重复检查减少 {v}%", "duplicate tests cut {v}%", [25, 30]),
    ],
    applications: [
      b("文旅、农业与食品溯源", "tourism, agriculture and food traceability"),
      b("医疗机构信息互认", "information sharing between hospitals"),
      b("运营商与金融机构营销分析", "marketing analytics for carriers and banks"),
    ],
    keywords: [
      b("工业软件", "industrial software"),
      b("区块链", "blockchain"),
      b("云原生", "cloud native"),
    ],
  },
  high_end_equipment: {
    problems: [
      b(
        "关键工序依赖人工，加工一致性差、效率低",
        "key steps are manual, so output is inconsistent and slow",
      ),
      b("进口装备价格高、售后响应慢", "imported machines are expensive and service is slow"),
    ],
    approaches: [
      b(
        "采用伺服驱动与视觉定位相结合的自动化设计",
        "an automated design combining servo drives with vision positioning",
      ),
      b(
        "通过模块化结构与数字孪生调试缩短交付周期",
        "modular construction and digital-twin commissioning shorten delivery",
      ),
    ],
    indicators: [
      ind("重复定位精度 ±{v} mm", "repeatability ±{v} mm", [0.01, 0.02, 0.05]),
      ind("生产效率提升 {v}%", "productivity up {v}%", [25, 35, 50]),
      ind("换型时间 ≤ {v} min", "changeover ≤ {v} min", [5, 10, 15]),
      ind("设备综合效率 OEE ≥ {v}%", "OEE ≥ {v}%", [80, 85]),
      ind("成本为进口同类设备的 {v}%", "cost {v}% of comparable imports", [40, 55, 60]),
    ],
    applications: [
      b("汽车零部件与五金加工", "auto parts and hardware"),
      b("锂电、光伏等新能源制造", "lithium-battery and PV manufacturing"),
      b("有色金属深加工", "non-ferrous metal processing"),
    ],
    keywords: [
      b("智能制造", "intelligent manufacturing"),
      b("自动化", "automation"),
      b("国产替代", "import substitution"),
    ],
  },
  "high_end_equipment.aerospace": {
    problems: [
      b(
        "飞行器地面试验手段不足，研制周期长、成本高",
        "ground testing of flight vehicles is limited, so development is long and costly",
      ),
      b(
        "航空结构与机构在复杂载荷下可靠性要求极高",
        "aerostructures and mechanisms must stay reliable under complex loads",
      ),
    ],
    approaches: [
      b(
        "建立半实物仿真与地面模拟试验平台",
        "a hardware-in-the-loop and ground simulation test bed",
      ),
      b(
        "采用轻量化结构设计与高可靠冗余机构",
        "lightweight structures with highly reliable redundant mechanisms",
      ),
    ],
    indicators: [
      ind("结构减重 {v}%", "structural mass down {v}%", [12, 18, 25]),
      ind("试验周期缩短 {v}%", "test campaign shortened {v}%", [30, 40, 50]),
      ind("动作可靠度 ≥ {v}", "actuation reliability ≥ {v}", [0.999, 0.9999]),
      ind("噪声降低 {v} dB", "noise down {v} dB", [3, 5, 8]),
    ],
    applications: [
      b("无人机与通用航空", "UAVs and general aviation"),
      b("微小卫星与商业航天", "small satellites and commercial space"),
      b("航空发动机与机载设备", "aero-engines and airborne equipment"),
    ],
    keywords: [b("航空航天", "aerospace"), b("无人机", "UAV"), b("地面试验", "ground testing")],
  },
  "high_end_equipment.instruments": {
    problems: [
      b(
        "在线检测手段缺乏，质量问题发现滞后",
        "there is no in-line inspection, so defects are found late",
      ),
      b(
        "高端检测仪器依赖进口，现场适应性差",
        "high-end instruments are imported and cope poorly with site conditions",
      ),
    ],
    approaches: [
      b(
        "融合超声、红外与机器视觉的多模态检测方案",
        "multimodal inspection combining ultrasound, infrared and machine vision",
      ),
      b(
        "开发便携式、模块化检测仪器与自动判读软件",
        "portable, modular instruments with automatic interpretation software",
      ),
    ],
    indicators: [
      ind("缺陷检出率 ≥ {v}%", "defect detection rate ≥ {v}%", [97, 98.5, 99.5]),
      ind("最小可检缺陷 {v} mm", "smallest detectable flaw {v} mm", [0.1, 0.2, 0.5]),
      ind("单件检测时间 ≤ {v} s", "≤ {v} s per part", [3, 10, 30]),
      ind("测量不确定度 ≤ {v}%", "measurement uncertainty ≤ {v}%", [0.5, 1, 2]),
    ],
    applications: [
      b("压铸件与锂电池质量检测", "inspection of die castings and lithium cells"),
      b("农产品与食品安全检测", "food and agricultural produce testing"),
      b("第三方检测与计量机构", "test and calibration laboratories"),
    ],
    keywords: [
      b("精密仪器", "precision instruments"),
      b("无损检测", "non-destructive testing"),
      b("在线检测", "in-line inspection"),
    ],
  },
  "high_end_equipment.robotics": {
    problems: [
      b(
        "喷涂、搬运等工序环境恶劣，招工难、工伤风险高",
        "spraying and handling are hazardous jobs that are hard to staff",
      ),
      b(
        "现有机器人柔性不足，换产调试周期长",
        "existing robots lack flexibility and take long to re-program",
      ),
    ],
    approaches: [
      b(
        "采用仿生末端执行器与力位混合控制",
        "a bionic end effector with hybrid force-position control",
      ),
      b(
        "结合离线编程与视觉引导实现快速换产",
        "offline programming plus vision guidance for fast changeovers",
      ),
    ],
    indicators: [
      ind("抓取成功率 ≥ {v}%", "grasp success ≥ {v}%", [98, 99.5]),
      ind("负载 {v} kg", "payload {v} kg", [5, 20, 50]),
      ind("节拍提升 {v}%", "cycle time improved {v}%", [20, 30, 45]),
      ind("巡检覆盖率 {v}%", "inspection coverage {v}%", [95, 100]),
    ],
    applications: [
      b("汽车与家电涂装线", "automotive and appliance paint shops"),
      b("燃气、电力管廊巡检", "inspection of gas and power tunnels"),
      b("食品与医药柔性包装", "flexible food and pharma packaging"),
    ],
    keywords: [
      b("机器人", "robotics"),
      b("机械手", "manipulator"),
      b("柔性制造", "flexible manufacturing"),
    ],
  },
  "high_end_equipment.power": {
    problems: [
      b("新能源高比例接入导致电网稳定性下降", "a high share of renewables weakens grid stability"),
      b(
        "电力电子装备效率与功率密度有待提升",
        "power electronics need higher efficiency and power density",
      ),
    ],
    approaches: [
      b(
        "采用构网型控制策略与宽禁带功率器件",
        "grid-forming control with wide-bandgap power devices",
      ),
      b(
        "优化拓扑与热设计，实现高功率密度",
        "an optimised topology and thermal design for high power density",
      ),
    ],
    indicators: [
      ind("转换效率 ≥ {v}%", "conversion efficiency ≥ {v}%", [97.5, 98.5, 99]),
      ind("功率密度 ≥ {v} kW/L", "power density ≥ {v} kW/L", [2, 3.5, 5]),
      ind("故障穿越时间 ≥ {v} ms", "fault ride-through ≥ {v} ms", [150, 625]),
      ind("电机效率提升 {v} 个百分点", "motor efficiency up {v} percentage points", [2, 3]),
    ],
    applications: [
      b("新能源电站与柔性直流输电", "renewable plants and flexible HVDC"),
      b("水电站与配电网", "hydropower plants and distribution grids"),
      b("新能源汽车电驱", "EV drive systems"),
    ],
    keywords: [
      b("电力装备", "power equipment"),
      b("电力电子", "power electronics"),
      b("构网型", "grid-forming"),
    ],
  },
  "high_end_equipment.transport": {
    problems: [
      b("充电设施利用率低、交互体验差", "chargers are under-used and awkward to operate"),
      b("道面、轨道巡检依赖人工，效率低", "pavement and track inspection is manual and slow"),
    ],
    approaches: [
      b("融合智能交互与功率动态分配技术", "smart interaction with dynamic power allocation"),
      b(
        "研制多传感器融合的自动巡检车辆",
        "an autonomous inspection vehicle with multi-sensor fusion",
      ),
    ],
    indicators: [
      ind("充电功率 ≥ {v} kW", "charging power ≥ {v} kW", [120, 240, 480]),
      ind("巡检速度 {v} km/h", "inspection speed {v} km/h", [20, 40, 60]),
      ind("识别准确率 ≥ {v}%", "recognition accuracy ≥ {v}%", [95, 98]),
      ind("运维成本降低 {v}%", "O&M cost down {v}%", [25, 35]),
    ],
    applications: [
      b("城市公共充电网络", "urban public charging networks"),
      b("机场、高速公路运维", "airport and expressway maintenance"),
      b("物流与客运车辆", "logistics and passenger fleets"),
    ],
    keywords: [
      b("新能源汽车", "new energy vehicles"),
      b("充电桩", "chargers"),
      b("智能巡检", "smart inspection"),
    ],
  },
  new_energy: {
    problems: [
      b(
        "光伏组件与储能电池成本仍高、寿命有待提升",
        "PV modules and batteries are still costly and short-lived",
      ),
      b(
        "高原强紫外与温差大环境下设备衰减快",
        "equipment degrades fast under strong plateau UV and wide temperature swings",
      ),
    ],
    approaches: [
      b(
        "优化材料体系与结构设计，提升转换效率与耐候性",
        "an optimised materials system and structure raise efficiency and durability",
      ),
      b(
        "采用智能运维与状态监测延长系统寿命",
        "smart O&M and condition monitoring extend system life",
      ),
    ],
    indicators: [
      ind("光电转换效率 ≥ {v}%", "conversion efficiency ≥ {v}%", [21.5, 23, 25.2]),
      ind("循环寿命 ≥ {v} 次", "cycle life ≥ {v} cycles", [3000, 5000, 8000]),
      ind("能量密度 ≥ {v} Wh/kg", "energy density ≥ {v} Wh/kg", [180, 220, 260]),
      ind("发电量提升 {v}%", "energy yield up {v}%", [3, 5, 8]),
      ind("度电成本降低 {v}%", "LCOE down {v}%", [8, 12, 15]),
    ],
    applications: [
      b("集中式与分布式光伏电站", "utility and distributed PV"),
      b("储能电站与新能源汽车", "storage plants and EVs"),
      b("风电、水电与海洋能开发", "wind, hydro and ocean energy"),
    ],
    keywords: [b("新能源", "new energy"), b("储能", "energy storage"), b("光伏", "photovoltaics")],
  },
  energy_environment: {
    problems: [
      b(
        "污染物排放标准趋严，现有治理工艺运行成本高",
        "emission limits are tightening and existing treatment is costly to run",
      ),
      b("固废与废水资源化利用率低", "little solid waste or wastewater is recovered"),
    ],
    approaches: [
      b("采用高效分离与资源回收耦合工艺", "efficient separation coupled with resource recovery"),
      b(
        "通过余热回收与智能控制降低系统能耗",
        "waste-heat recovery and intelligent control cut energy use",
      ),
    ],
    indicators: [
      ind("污染物去除率 ≥ {v}%", "pollutant removal ≥ {v}%", [90, 95, 99]),
      ind("运行成本降低 {v}%", "operating cost down {v}%", [20, 30, 40]),
      ind("水回用率 ≥ {v}%", "water reuse ≥ {v}%", [70, 85, 90]),
      ind("有价金属回收率 ≥ {v}%", "valuable-metal recovery ≥ {v}%", [92, 95, 98]),
      ind("节能 {v}%", "energy saved {v}%", [15, 25, 30]),
    ],
    applications: [
      b("高原湖泊与流域治理", "plateau lake and watershed management"),
      b("工业园区污染治理", "industrial park pollution control"),
      b("废旧电池与固废资源化", "battery and solid-waste recycling"),
    ],
    keywords: [
      b("节能环保", "energy saving and environment"),
      b("资源化", "resource recovery"),
      b("减污降碳", "pollution and carbon reduction"),
    ],
  },
  electronic_information: {
    problems: [
      b("核心电子器件与工艺装备依赖进口", "core electronic parts and process tools are imported"),
      b(
        "器件在复杂环境下稳定性与一致性不足",
        "devices are unstable and inconsistent in harsh environments",
      ),
    ],
    approaches: [
      b(
        "通过器件结构与封装工艺协同优化提升可靠性",
        "co-optimised device structure and packaging raise reliability",
      ),
      b(
        "采用自动化产线与在线检测提高一致性",
        "an automated line with in-line testing improves consistency",
      ),
    ],
    indicators: [
      ind("良率 ≥ {v}%", "yield ≥ {v}%", [98, 99.2]),
      ind("工作温度 {v}", "operating temperature {v}", ["-40~85 ℃", "-40~125 ℃"]),
      ind("功耗降低 {v}%", "power consumption down {v}%", [20, 30, 45]),
      ind("带宽 ≥ {v} GHz", "bandwidth ≥ {v} GHz", [2, 6, 10]),
    ],
    applications: [
      b("消费电子与智能终端", "consumer electronics and smart devices"),
      b("工业控制与电力电子", "industrial control and power electronics"),
      b("通信基站与物联网", "base stations and IoT"),
    ],
    keywords: [
      b("电子信息", "electronic information"),
      b("器件封装", "device packaging"),
      b("可靠性", "reliability"),
    ],
  },
  chemical_engineering: {
    problems: [
      b("精细化工合成路线长、三废排放大", "fine-chemical routes are long and generate much waste"),
      b(
        "磷化工等传统产业副产物利用率低",
        "by-products of phosphorus and other traditional chemicals are barely used",
      ),
    ],
    approaches: [
      b(
        "采用连续流微反应与催化工艺缩短合成路线",
        "continuous-flow micro-reaction and catalysis shorten the route",
      ),
      b("实现副产物分级提纯与高值化利用", "by-products are purified in stages and upgraded"),
    ],
    indicators: [
      ind("产品纯度 ≥ {v}%", "product purity ≥ {v}%", [99, 99.5, 99.9]),
      ind("收率 ≥ {v}%", "yield ≥ {v}%", [85, 90, 95]),
      ind("废水排放减少 {v}%", "wastewater cut {v}%", [40, 60]),
      ind("吨产品成本降低 {v} 元", "cost per tonne down CNY {v}", [800, 1500, 3000]),
    ],
    applications: [
      b("磷化工与氟化工企业", "phosphorus and fluorine chemical plants"),
      b("锂电材料与医药中间体", "battery materials and pharmaceutical intermediates"),
      b("化肥与农用化学品", "fertilisers and agrochemicals"),
    ],
    keywords: [
      b("精细化工", "fine chemicals"),
      b("磷化工", "phosphorus chemicals"),
      b("绿色工艺", "green process"),
    ],
  },
  resources_mining: {
    problems: [
      b("低品位复杂矿石选冶回收率低", "low-grade complex ores recover poorly"),
      b("冶金过程能耗高、有价元素流失", "metallurgy uses much energy and loses valuable elements"),
    ],
    approaches: [
      b(
        "采用高效选别设备与联合选冶流程",
        "high-efficiency separation equipment in a combined flowsheet",
      ),
      b(
        "通过微合金化与过程控制提升产品质量",
        "microalloying and process control improve product quality",
      ),
    ],
    indicators: [
      ind("回收率提高 {v} 个百分点", "recovery up {v} percentage points", [3, 5, 8]),
      ind("精矿品位 ≥ {v}%", "concentrate grade ≥ {v}%", [45, 52, 60]),
      ind("吨矿能耗降低 {v}%", "energy per tonne down {v}%", [10, 15, 20]),
    ],
    applications: [
      b("有色金属与钛、锡资源开发", "non-ferrous, titanium and tin resources"),
      b("钢铁与稀土功能材料", "steel and rare-earth functional materials"),
    ],
    keywords: [
      b("选矿", "mineral processing"),
      b("有色冶金", "non-ferrous metallurgy"),
      b("稀土", "rare earths"),
    ],
  },
  construction_transport: {
    problems: [
      b("施工安全风险高、人工作业多", "construction is risky and labour-intensive"),
      b(
        "山区交通运维条件复杂、成本高",
        "mountain transport infrastructure is hard and costly to maintain",
      ),
    ],
    approaches: [
      b(
        "采用装配式与铝模体系提高施工效率",
        "prefabrication and aluminium formwork speed up construction",
      ),
      b("结合监测预警实现全过程安全管控", "monitoring and early warning manage safety end to end"),
    ],
    indicators: [
      ind("施工周期缩短 {v}%", "construction time down {v}%", [15, 25]),
      ind("周转次数 ≥ {v} 次", "≥ {v} reuse cycles", [150, 300]),
      ind("安全事故率降低 {v}%", "accident rate down {v}%", [40, 60]),
    ],
    applications: [
      b("高层建筑与装配式建筑", "high-rise and prefabricated buildings"),
      b("山区公路与桥隧工程", "mountain roads, bridges and tunnels"),
    ],
    keywords: [
      b("绿色建筑", "green building"),
      b("装配式", "prefabrication"),
      b("安全监测", "safety monitoring"),
    ],
  },
  modern_services: {
    problems: [
      b(
        "传统服务流程标准化程度低、质量不稳定",
        "traditional services are poorly standardised and quality varies",
      ),
      b("特色产业链条短，品牌与附加值不足", "specialty value chains are short and brands weak"),
    ],
    approaches: [
      b(
        "建立标准化工艺规程与质量追溯体系",
        "standard operating procedures with quality traceability",
      ),
      b("结合数字化工具提升服务效率与体验", "digital tools improve efficiency and experience"),
    ],
    indicators: [
      ind("效率提升 {v}%", "efficiency up {v}%", [18, 25, 30]),
      ind("产品不良率降低 {v}%", "defect rate down {v}%", [30, 50]),
      ind("客户满意度 ≥ {v}%", "customer satisfaction ≥ {v}%", [92, 95]),
    ],
    applications: [
      b("文旅与特色消费", "tourism and specialty consumer goods"),
      b("农产品加工与流通", "agri-food processing and distribution"),
    ],
    keywords: [
      b("现代服务业", "modern services"),
      b("标准化", "standardisation"),
      b("质量追溯", "quality traceability"),
    ],
  },
};

/** The writing profile of a field: its subfield's if it has one, else its top field's. */
export function profileFor(field: string): FieldProfile {
  const top = field.split(".")[0] ?? field;
  const own = PROFILES[field];
  const parent = PROFILES[top];
  if (own) return own;
  if (parent) return parent;
  throw new Error(`no writing profile for field ${field}`);
}
