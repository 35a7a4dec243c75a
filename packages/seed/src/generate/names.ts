import type { Random } from "../random";

// Common surnames (with Yunnan ones such as 段, 普, 杨 weighted in) and given-name characters,
// each with pinyin so seeded users get matching e-mail addresses.
const SURNAMES: [string, string][] = [
  ["李", "li"],
  ["王", "wang"],
  ["张", "zhang"],
  ["刘", "liu"],
  ["陈", "chen"],
  ["杨", "yang"],
  ["赵", "zhao"],
  ["黄", "huang"],
  ["周", "zhou"],
  ["吴", "wu"],
  ["徐", "xu"],
  ["孙", "sun"],
  ["胡", "hu"],
  ["朱", "zhu"],
  ["高", "gao"],
  ["林", "lin"],
  ["何", "he"],
  ["郭", "guo"],
  ["马", "ma"],
  ["罗", "luo"],
  ["段", "duan"],
  ["普", "pu"],
  ["字", "zi"],
  ["尹", "yin"],
  ["苏", "su"],
  ["和", "he"],
  ["施", "shi"],
  ["龙", "long"],
  ["董", "dong"],
  ["沈", "shen"],
];
const GIVEN: [string, string][] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["敏", "min"],
  ["静", "jing"],
  ["丽", "li"],
  ["强", "qiang"],
  ["磊", "lei"],
  ["军", "jun"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["涛", "tao"],
  ["明", "ming"],
  ["超", "chao"],
  ["华", "hua"],
  ["平", "ping"],
  ["刚", "gang"],
  ["文", "wen"],
  ["辉", "hui"],
  ["玲", "ling"],
  ["鹏", "peng"],
  ["晓", "xiao"],
  ["宇", "yu"],
  ["浩", "hao"],
  ["婷", "ting"],
  ["志", "zhi"],
  ["云", "yun"],
  ["春", "chun"],
  ["海", "hai"],
  ["斌", "bin"],
  ["琳", "lin"],
  ["俊", "jun"],
  ["睿", "rui"],
  ["思", "si"],
  ["雪", "xue"],
  ["梅", "mei"],
  ["凯", "kai"],
  ["嘉", "jia"],
  ["欣", "xin"],
  ["怡", "yi"],
  ["建", "jian"],
  ["国", "guo"],
  ["红", "hong"],
  ["彬", "bin"],
  ["昆", "kun"],
  ["滇", "dian"],
  ["桦", "hua"],
];

/** A person's name in Chinese with its pinyin. */
export interface PersonName {
  zh: string;
  pinyin: string;
}

/** A Chinese name of two or three characters. */
export function chineseName(rng: Random): PersonName {
  const [sz, sp] = rng.pick(SURNAMES);
  const count = rng.chance(0.7) ? 2 : 1;
  let zh = sz;
  let given = "";
  for (let i = 0; i < count; i++) {
    const [gz, gp] = rng.pick(GIVEN);
    zh += gz;
    given += gp;
  }
  return { zh, pinyin: `${given}.${sp}` };
}

const FOREIGN: Record<string, { first: string[]; last: string[] }> = {
  TH: {
    first: ["Somchai", "Niran", "Kanya", "Pimchanok", "Anan"],
    last: ["Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee"],
  },
  IN: {
    first: ["Arjun", "Priya", "Rahul", "Ananya", "Vikram"],
    last: ["Iyer", "Sharma", "Raman", "Nair"],
  },
  VN: { first: ["Minh", "Lan", "Tuan", "Hoa", "Duc"], last: ["Nguyen", "Tran", "Pham", "Le"] },
  LA: {
    first: ["Khamla", "Souksavanh", "Bounmy", "Vilay"],
    last: ["Phommachanh", "Sisouk", "Keomany"],
  },
  MM: { first: ["Aung", "Thiri", "Kyaw", "Hnin"], last: ["Htun", "Win", "Naing", "Oo"] },
  MY: {
    first: ["Aisyah", "Farid", "Mei Ling", "Hafiz"],
    last: ["Rahman", "Tan", "Abdullah", "Lim"],
  },
  BR: {
    first: ["Lucas", "Mariana", "Rafael", "Beatriz"],
    last: ["Silva", "Oliveira", "Costa", "Souza"],
  },
  RU: {
    first: ["Dmitry", "Elena", "Sergey", "Anna"],
    last: ["Ivanov", "Petrova", "Smirnov", "Volkova"],
  },
  ZA: {
    first: ["Thabo", "Naledi", "Pieter", "Lerato"],
    last: ["Mokoena", "van der Merwe", "Dlamini", "Botha"],
  },
  US: {
    first: ["Emily", "Daniel", "Rachel", "Michael"],
    last: ["Carter", "Nguyen", "Brooks", "Reyes"],
  },
};

/** A plausible personal name for a user of an organization in the given country. */
export function foreignName(rng: Random, country: string): PersonName {
  const pool = FOREIGN[country] ?? FOREIGN.US;
  if (!pool) throw new Error("no name pool");
  const first = rng.pick(pool.first);
  const last = rng.pick(pool.last);
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, "");
  return { zh: `${first} ${last}`, pinyin: `${slug(first)}.${slug(last)}` };
}
