import type { Page } from "playwright-core";

/** Chooses an option of an antd Select with the keyboard: open it, move down, confirm. */
export async function chooseWithKeyboard(page: Page, name: string, stepsDown: number) {
  const select = page.getByRole("combobox", { name, exact: true });
  await select.focus();
  await select.press("ArrowDown");
  for (let i = 0; i < stepsDown; i++) await select.press("ArrowDown");
  await select.press("Enter");
}

/** Types a field's name into the taxonomy tree's search and takes the match. */
export async function chooseField(page: Page, name: string, label: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.click();
  await box.fill(name);
  await box.press("Enter");
  await page.getByTitle(name, { exact: true }).first().waitFor();
}
