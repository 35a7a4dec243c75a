/**
 * English for the academic and professional titles and the team roles people commonly write in
 * Chinese on a listing (教授, 高级工程师, 项目负责人). Anything else stays as it was written.
 */
const TEAM_TERMS: Record<string, string> = {
  院士: "Academician",
  教授: "Professor",
  副教授: "Associate Professor",
  讲师: "Lecturer",
  助教: "Teaching Assistant",
  研究员: "Research Professor",
  副研究员: "Associate Research Professor",
  助理研究员: "Assistant Research Professor",
  博士后: "Postdoctoral Researcher",
  博士研究生: "PhD Candidate",
  博士生: "PhD Candidate",
  硕士研究生: "Master's Student",
  硕士生: "Master's Student",
  首席科学家: "Chief Scientist",
  正高级工程师: "Professor-level Senior Engineer",
  高级工程师: "Senior Engineer",
  工程师: "Engineer",
  助理工程师: "Assistant Engineer",
  技术总监: "Technical Director",
  总经理: "General Manager",
  研发经理: "R&D Manager",
  主任医师: "Chief Physician",
  副主任医师: "Associate Chief Physician",
  主治医师: "Attending Physician",
  住院医师: "Resident Physician",
  项目负责人: "Project Lead",
  核心成员: "Core Member",
  工艺研发: "Process R&D",
  测试验证: "Testing and Validation",
  工程化: "Engineering Scale-up",
  数据分析: "Data Analysis",
  工艺工程师: "Process Engineer",
  算法工程师: "Algorithm Engineer",
  中试负责人: "Pilot-scale Lead",
  质量工程师: "Quality Engineer",
};

/** The English of a common title or team role written in Chinese; null for anything else. */
export function teamTermInEnglish(text: string): string | null {
  return TEAM_TERMS[text.trim()] ?? null;
}
