/**
 * Read the CBS municipality list (`data/gemeenten-<year>.csv`: `code,name`, RFC 4180) with papaparse and check
 * it: the header, a `GM` + four digits code on every row, no empty name, no code or name twice. Problems name the
 * file and line, so a hand-edited or wrongly exported refresh fails before it reaches the schemas.
 */
import Papa from 'papaparse';

export interface MunicipalityRow {
  code: string;
  name: string;
}

export function readMunicipalityCsv(text: string, file: string): MunicipalityRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const problems: string[] = parsed.errors.map((error) => `${file}: line ${(error.row ?? 0) + 2}: ${error.message}`);
  const fields = parsed.meta.fields ?? [];
  if (fields.join(',') !== 'code,name') {
    throw new Error(
      `${file}: the header must be "code,name" (found "${fields.join(',')}"): export the CBS statcode and statnaam`,
    );
  }
  const codes = new Set<string>();
  const names = new Set<string>();
  const rows = parsed.data.map((row, i) => {
    const line = i + 2;
    const code = (row.code ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!/^GM\d{4}$/.test(code))
      problems.push(`${file}: line ${line}: code "${code}" is not a CBS code (GM and four digits)`);
    if (name === '') problems.push(`${file}: line ${line}: the name is empty`);
    if (codes.has(code)) problems.push(`${file}: line ${line}: code ${code} appears twice`);
    if (names.has(name)) problems.push(`${file}: line ${line}: name "${name}" appears twice`);
    codes.add(code);
    names.add(name);
    return { code, name };
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}
