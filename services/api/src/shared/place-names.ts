import { englishProvinceName } from "@openttc/domain/china-provinces";
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;
// Units of a Chinese city-level name and how English names them (昆明市 is "Kunming", 呈贡区
// "Chenggong District"). Autonomous prefectures and counties carry ethnic names whose English
// forms follow no rule, so they keep their Chinese name.
const UNITS: [suffix: string, english: string][] = [
  ["地区", " Prefecture"],
  ["市", ""],
  ["县", " County"],
  ["区", " District"],
];

const romanize = (han: string) => {
  const latin = pinyin(han, { toneType: "none", type: "array" }).join("");
  return latin.charAt(0).toUpperCase() + latin.slice(1);
};

/** A Chinese city, county or district in pinyin with its unit in English; any other name as written. */
export function cityInEnglish(name: string): string {
  const text = name.trim();
  if (!HAN.test(text) || text.includes("自治")) return text;
  for (const [suffix, english] of UNITS) {
    const core = text.slice(0, -suffix.length);
    if (text.endsWith(suffix) && core.length >= 2 && /^\p{Script=Han}+$/u.test(core))
      return romanize(core) + english;
  }
  return /^\p{Script=Han}+$/u.test(text) ? romanize(text) : text;
}

/** A province in English: the English name of a Chinese one, any other name as written. */
export function provinceInEnglish(name: string): string {
  return englishProvinceName(name) ?? name.trim();
}
