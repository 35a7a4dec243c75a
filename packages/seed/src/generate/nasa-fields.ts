// NASA rows carry no IPC codes, so their field comes from words of the title, most specific first.
const RULES: [RegExp, string][] = [
  [/biosens|polymerase|assay|aptamer|pathogen|genom/, "biomedicine.diagnostics"],
  [/wound|tissue|medical|patient|surgical|micro-organ|blood|cardio/, "biomedicine.devices"],
  [/oxidative stress|drug|pharmac|therapeut|vaccine/, "biomedicine.drugs"],
  [
    /fuel cell|battery|batteries|lithium|electrolysis|energy storage|flywheel/,
    "new_energy.storage",
  ],
  [/solar|photovoltaic/, "new_energy.solar"],
  [/hydrogen production|hydrogen generat/, "new_energy.hydrogen"],
  [/water|purif|landfill|wastewater/, "energy_environment.water"],
  [/precision cleaning|emission|pollut|contaminat/, "energy_environment.air"],
  [
    /measur|thermograph|nondestructive|microscope|viscometer|gauge|inspection|analy[sz]er/,
    "high_end_equipment.instruments",
  ],
  [/nanotube|graphene|carbon allotrope|bucky/, "new_materials.carbon"],
  [/superalloy|alloy|aluminum|foamed metal|metal nanoshell|titanium/, "new_materials.metals"],
  [/ceramic|silicon carbide matrix|barrier coating|ablator|aerogel/, "new_materials.ceramics"],
  [/polyimide|polymer|resin|composite|elastomer|coating|insulation/, "new_materials.polymers"],
  [/robot|manipulator|grasp|tendon|humanoid/, "high_end_equipment.robotics"],
  [
    /aircraft|airframe|landing gear|wing|airfoil|rotor|engine|thruster|rocket|spacecraft|launch|propulsion|aerodynamic|aeroacoustic|flight|satellite|orbital|combustor|nozzle/,
    "high_end_equipment.aerospace",
  ],
  [/authentication|encrypt|cyber|secure/, "digital_economy.security"],
  [
    /antenna|receiver|transceiver|communication|transmitter|wireless|radio/,
    "electronic_information.communication",
  ],
  [
    /neural|machine learning|image feature|vision|recognition|autonomous|intelligen/,
    "digital_economy.ai",
  ],
  [
    /software|algorithm|computing|data|simulation|model|visualization|scheduling/,
    "digital_economy.software",
  ],
  [
    /laser|lidar|optical|fiber|photonic|interferomet|mirror|lens|spectrom/,
    "electronic_information.optoelectronics",
  ],
  [/semiconductor|diode|jfet|transistor|circuit|chip/, "electronic_information.ic"],
  [/sensor|detector|detection|monitor/, "electronic_information.sensors"],
  [/valve|bearing|gear|actuator|mechanism|joint/, "high_end_equipment.machine_tools"],
  [/thermal management|heat pipe|radiator|insulat/, "energy_environment.efficiency"],
];

/** The taxonomy field a NASA title belongs to, or null when no rule recognises it. */
export function fieldForNasaTitle(title: string): string | null {
  const t = title.toLowerCase();
  for (const [re, field] of RULES) if (re.test(t)) return field;
  return null;
}
