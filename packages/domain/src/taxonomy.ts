/** A node of the two-level field taxonomy with bilingual labels. */
export interface FieldNode {
  code: string;
  zh: string;
  en: string;
  /** Top-level codes of fields whose achievements often serve this field's demands. */
  related: string[];
  /** True for the five fields the Kunming measures name as priorities. */
  key: boolean;
  children: { code: string; zh: string; en: string }[];
}

const sub = (parent: string, code: string, zh: string, en: string) => ({
  code: `${parent}.${code}`,
  zh,
  en,
});

/** The field taxonomy: the policy's five key fields first, then the usual others. */
export const TAXONOMY: readonly FieldNode[] = [
  {
    code: "new_materials",
    zh: "新材料",
    en: "New materials",
    key: true,
    related: ["new_energy", "electronic_information", "chemical_engineering", "resources_mining"],
    children: [
      sub("new_materials", "carbon", "碳材料与石墨烯", "Carbon materials and graphene"),
      sub("new_materials", "metals", "先进金属材料", "Advanced metallic materials"),
      sub(
        "new_materials",
        "rare_metals",
        "稀贵金属与稀土材料",
        "Precious, rare and rare-earth metals",
      ),
      sub("new_materials", "polymers", "高分子与复合材料", "Polymers and composites"),
      sub(
        "new_materials",
        "ceramics",
        "先进陶瓷与无机非金属",
        "Advanced ceramics and inorganic materials",
      ),
      sub(
        "new_materials",
        "electronic",
        "电子与光电材料",
        "Electronic and optoelectronic materials",
      ),
    ],
  },
  {
    code: "plateau_agriculture",
    zh: "高原特色农业",
    en: "Plateau specialty agriculture",
    key: true,
    related: ["biomedicine", "energy_environment", "modern_services"],
    children: [
      sub("plateau_agriculture", "tea_coffee", "茶叶与咖啡", "Tea and coffee"),
      sub("plateau_agriculture", "flowers", "花卉园艺", "Flowers and horticulture"),
      sub("plateau_agriculture", "herbs", "中药材种植", "Medicinal herb cultivation"),
      sub("plateau_agriculture", "fungi", "食用菌", "Edible fungi"),
      sub("plateau_agriculture", "livestock", "畜牧与水产", "Livestock and aquaculture"),
      sub(
        "plateau_agriculture",
        "processing",
        "农产品加工与保鲜",
        "Agri-food processing and preservation",
      ),
      sub("plateau_agriculture", "smart_farming", "智慧农业与农机", "Smart farming and machinery"),
      sub("plateau_agriculture", "breeding", "种业与育种", "Seeds and breeding"),
    ],
  },
  {
    code: "biomedicine",
    zh: "生物医药",
    en: "Biomedicine",
    key: true,
    related: ["plateau_agriculture", "electronic_information", "chemical_engineering"],
    children: [
      sub("biomedicine", "drugs", "创新药物", "Innovative drugs"),
      sub("biomedicine", "tcm", "中药与民族药", "Traditional Chinese and ethnic medicine"),
      sub("biomedicine", "devices", "医疗器械", "Medical devices"),
      sub("biomedicine", "diagnostics", "体外诊断", "In-vitro diagnostics"),
      sub("biomedicine", "biologics", "疫苗与生物制品", "Vaccines and biologics"),
      sub("biomedicine", "health", "大健康与营养", "Health and nutrition"),
    ],
  },
  {
    code: "digital_economy",
    zh: "数字经济",
    en: "Digital economy",
    key: true,
    related: ["electronic_information", "high_end_equipment", "modern_services"],
    children: [
      sub("digital_economy", "ai", "人工智能", "Artificial intelligence"),
      sub("digital_economy", "big_data", "大数据与云计算", "Big data and cloud computing"),
      sub("digital_economy", "iot", "物联网", "Internet of things"),
      sub(
        "digital_economy",
        "software",
        "工业软件与信息服务",
        "Industrial software and IT services",
      ),
      sub("digital_economy", "security", "网络与数据安全", "Cyber and data security"),
      sub("digital_economy", "blockchain", "区块链与数字孪生", "Blockchain and digital twins"),
    ],
  },
  {
    code: "high_end_equipment",
    zh: "高端装备制造",
    en: "High-end equipment manufacturing",
    key: true,
    related: ["new_materials", "digital_economy", "electronic_information", "new_energy"],
    children: [
      sub(
        "high_end_equipment",
        "robotics",
        "机器人与智能制造",
        "Robotics and intelligent manufacturing",
      ),
      sub(
        "high_end_equipment",
        "machine_tools",
        "数控机床与基础件",
        "CNC machine tools and components",
      ),
      sub("high_end_equipment", "aerospace", "航空航天装备", "Aerospace equipment"),
      sub("high_end_equipment", "transport", "轨道交通与汽车装备", "Rail and automotive equipment"),
      sub("high_end_equipment", "instruments", "精密仪器仪表", "Precision instruments"),
      sub("high_end_equipment", "power", "电力装备", "Power equipment"),
    ],
  },
  {
    code: "new_energy",
    zh: "新能源",
    en: "New energy",
    key: false,
    related: ["new_materials", "energy_environment", "high_end_equipment"],
    children: [
      sub("new_energy", "solar", "光伏", "Photovoltaics"),
      sub("new_energy", "storage", "储能与电池", "Energy storage and batteries"),
      sub("new_energy", "hydrogen", "氢能", "Hydrogen"),
      sub("new_energy", "wind_hydro", "风电与水电", "Wind and hydropower"),
      sub("new_energy", "vehicles", "新能源汽车", "New energy vehicles"),
    ],
  },
  {
    code: "energy_environment",
    zh: "节能环保",
    en: "Energy saving and environment",
    key: false,
    related: ["new_energy", "chemical_engineering", "plateau_agriculture"],
    children: [
      sub("energy_environment", "water", "水处理与水环境", "Water treatment"),
      sub("energy_environment", "air", "大气污染防治", "Air pollution control"),
      sub("energy_environment", "solid_waste", "固废资源化", "Solid waste recycling"),
      sub("energy_environment", "ecology", "生态修复", "Ecological restoration"),
      sub("energy_environment", "efficiency", "节能与低碳", "Energy efficiency and low carbon"),
    ],
  },
  {
    code: "electronic_information",
    zh: "电子信息",
    en: "Electronic information",
    key: false,
    related: ["digital_economy", "new_materials", "high_end_equipment"],
    children: [
      sub("electronic_information", "ic", "集成电路", "Integrated circuits"),
      sub("electronic_information", "communication", "通信与网络", "Communication and networks"),
      sub(
        "electronic_information",
        "optoelectronics",
        "光电子与激光",
        "Optoelectronics and lasers",
      ),
      sub("electronic_information", "sensors", "传感器", "Sensors"),
      sub("electronic_information", "display", "显示与照明", "Display and lighting"),
    ],
  },
  {
    code: "chemical_engineering",
    zh: "化学化工",
    en: "Chemical engineering",
    key: false,
    related: ["new_materials", "energy_environment", "biomedicine"],
    children: [
      sub("chemical_engineering", "fine", "精细化工", "Fine chemicals"),
      sub("chemical_engineering", "process", "化工工艺与装备", "Chemical processes and equipment"),
      sub("chemical_engineering", "phosphorus", "磷化工", "Phosphorus chemicals"),
    ],
  },
  {
    code: "resources_mining",
    zh: "资源与冶金",
    en: "Resources and metallurgy",
    key: false,
    related: ["new_materials", "energy_environment", "high_end_equipment"],
    children: [
      sub("resources_mining", "mining", "矿产开采", "Mining"),
      sub("resources_mining", "metallurgy", "有色冶金", "Non-ferrous metallurgy"),
      sub("resources_mining", "geology", "地质勘探", "Geological exploration"),
    ],
  },
  {
    code: "construction_transport",
    zh: "建筑与交通",
    en: "Construction and transport",
    key: false,
    related: ["new_materials", "high_end_equipment", "digital_economy"],
    children: [
      sub(
        "construction_transport",
        "civil",
        "土木与桥隧工程",
        "Civil, bridge and tunnel engineering",
      ),
      sub(
        "construction_transport",
        "building",
        "绿色建筑与建材",
        "Green buildings and building materials",
      ),
      sub("construction_transport", "logistics", "交通与物流", "Transport and logistics"),
    ],
  },
  {
    code: "modern_services",
    zh: "现代服务业",
    en: "Modern services",
    key: false,
    related: ["digital_economy", "plateau_agriculture"],
    children: [
      sub("modern_services", "tourism", "文旅科技", "Tourism and culture technology"),
      sub("modern_services", "education", "教育与培训", "Education and training"),
      sub("modern_services", "finance", "科技金融", "Technology finance"),
    ],
  },
];

const byCode = new Map<string, { zh: string; en: string; top: string }>();
for (const node of TAXONOMY) {
  byCode.set(node.code, { zh: node.zh, en: node.en, top: node.code });
  for (const child of node.children) byCode.set(child.code, { ...child, top: node.code });
}

/** Every valid field code, top-level and second-level. */
export const FIELD_CODES: readonly string[] = [...byCode.keys()];

/** True when the code names a field of the taxonomy. */
export function isFieldCode(code: string): boolean {
  return byCode.has(code);
}

/** The top-level field a code belongs to (itself for a top-level code). */
export function topFieldOf(code: string): string | undefined {
  return byCode.get(code)?.top;
}

/** The label of a field code in the given locale. */
export function fieldLabel(code: string, locale: "zh-CN" | "en"): string | undefined {
  const node = byCode.get(code);
  if (!node) return undefined;
  return locale === "zh-CN" ? node.zh : node.en;
}

/** How close two fields are: 1 same subfield, 0.8 same top field, 0.5 related top fields, else 0. */
export function fieldAffinity(a: string, b: string): number {
  if (a === b) return byCode.has(a) ? 1 : 0;
  const topA = topFieldOf(a);
  const topB = topFieldOf(b);
  if (!topA || !topB) return 0;
  if (topA === topB) return 0.8;
  // Symmetric: a link declared on either side relates the two fields.
  const linked = (from: string, to: string) =>
    TAXONOMY.find((n) => n.code === from)?.related.includes(to) ?? false;
  return linked(topA, topB) || linked(topB, topA) ? 0.5 : 0;
}

/** Maps an IPC subclass (e.g. "A61K") to the closest field of the taxonomy. */
export function fieldForIpc(subclass: string): string {
  // IPC codes are often written with a space before the group ("A61K 36/00").
  const s = subclass.toUpperCase().replace(/\s+/g, "");
  const table: [string, string][] = [
    ["A01G", "plateau_agriculture.flowers"],
    ["A01H", "plateau_agriculture.breeding"],
    ["A01K", "plateau_agriculture.livestock"],
    ["A01B", "plateau_agriculture.smart_farming"],
    ["A01C", "plateau_agriculture.smart_farming"],
    ["A01D", "plateau_agriculture.smart_farming"],
    ["A01", "plateau_agriculture"],
    ["A23F", "plateau_agriculture.tea_coffee"],
    ["A23", "plateau_agriculture.processing"],
    ["A61K36", "biomedicine.tcm"],
    ["A61K", "biomedicine.drugs"],
    ["A61P", "biomedicine.drugs"],
    ["A61B", "biomedicine.devices"],
    ["A61F", "biomedicine.devices"],
    ["A61G", "biomedicine.devices"],
    ["A61H", "biomedicine.devices"],
    ["A61L", "biomedicine.devices"],
    ["A61M", "biomedicine.devices"],
    ["A61N", "biomedicine.devices"],
    ["A61", "biomedicine"],
    ["C12Q", "biomedicine.diagnostics"],
    ["G01N33", "biomedicine.diagnostics"],
    ["C12N", "biomedicine.biologics"],
    ["C07K", "biomedicine.biologics"],
    ["C12", "biomedicine"],
    ["C01B", "new_materials.carbon"],
    ["C22", "new_materials.metals"],
    ["B22", "new_materials.metals"],
    ["C08", "new_materials.polymers"],
    ["C09", "new_materials.polymers"],
    ["C04", "new_materials.ceramics"],
    ["C03", "new_materials.ceramics"],
    ["C07", "chemical_engineering.fine"],
    ["C01", "chemical_engineering.fine"],
    ["B01", "chemical_engineering.process"],
    ["C02F", "energy_environment.water"],
    ["B09", "energy_environment.solid_waste"],
    ["F23", "energy_environment.air"],
    ["B03", "resources_mining.mining"],
    ["E21", "resources_mining.mining"],
    ["C21", "resources_mining.metallurgy"],
    ["B25J", "high_end_equipment.robotics"],
    ["B23", "high_end_equipment.machine_tools"],
    ["B24", "high_end_equipment.machine_tools"],
    ["B64", "high_end_equipment.aerospace"],
    ["B60", "high_end_equipment.transport"],
    ["B61", "high_end_equipment.transport"],
    ["B62", "high_end_equipment.transport"],
    ["G01", "high_end_equipment.instruments"],
    ["H02J", "new_energy.storage"],
    ["H01M", "new_energy.storage"],
    ["H02S", "new_energy.solar"],
    ["F03", "new_energy.wind_hydro"],
    ["H02", "high_end_equipment.power"],
    ["H01L", "electronic_information.ic"],
    ["H04", "electronic_information.communication"],
    ["H01S", "electronic_information.optoelectronics"],
    ["G02", "electronic_information.optoelectronics"],
    ["H05B", "electronic_information.display"],
    ["G09", "electronic_information.display"],
    ["H01", "electronic_information"],
    ["H05", "electronic_information"],
    ["G06N", "digital_economy.ai"],
    ["G06V", "digital_economy.ai"],
    ["G06Q", "digital_economy.software"],
    ["G06F", "digital_economy.software"],
    ["G06", "digital_economy"],
    ["G08", "digital_economy.iot"],
    ["E01", "construction_transport.civil"],
    ["E02", "construction_transport.civil"],
    ["E04", "construction_transport.building"],
    ["F24", "energy_environment.efficiency"],
    ["F25", "energy_environment.efficiency"],
    ["F16", "high_end_equipment.machine_tools"],
    ["B65", "construction_transport.logistics"],
    ["B", "high_end_equipment"],
    ["F", "high_end_equipment"],
    ["E", "construction_transport"],
    ["D", "new_materials.polymers"],
    ["C", "chemical_engineering"],
    ["A", "modern_services"],
    ["G", "electronic_information"],
    ["H", "electronic_information"],
  ];
  for (const [prefix, field] of table) if (s.startsWith(prefix)) return field;
  return "modern_services";
}
