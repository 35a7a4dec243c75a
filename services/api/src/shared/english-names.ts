import { englishProvinceName } from "@openttc/domain/china-provinces";
import { teamTermInEnglish } from "@openttc/domain/team-terms";
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

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const romanize = (han: string) =>
  capitalize(pinyin(han, { toneType: "none", type: "array" }).join(""));

// Two-character surnames; any other name's surname is its first character.
const COMPOUND_SURNAMES = new Set(
  "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 夏侯 令狐 宇文 司徒 端木 独孤 南宫 西门 呼延 轩辕".split(
    " ",
  ),
);

/**
 * A Chinese person's name in pinyin, surname first as the person would write it (普军华 → Pu
 * Junhua); a name that is not two to four Chinese characters as written.
 */
export function personNameInEnglish(name: string): string {
  const text = name.trim();
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return text;
  const cut = text.length > 2 && COMPOUND_SURNAMES.has(text.slice(0, 2)) ? 2 : 1;
  const syllables = pinyin(text, { toneType: "none", type: "array", mode: "surname" });
  return `${capitalize(syllables.slice(0, cut).join(""))} ${capitalize(syllables.slice(cut).join(""))}`;
}

/** A title or team role in English when it is a common one (教授 → Professor), otherwise as written. */
export function teamTermOrAsWritten(text: string): string {
  return teamTermInEnglish(text) ?? text.trim();
}

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
