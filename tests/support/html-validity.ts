/**
 * The HTML check of the built site: html-validate with the repository's configuration (`.htmlvalidate.json`: its
 * presets, its rules and the plugin in scripts/html-validate-rules.ts), one HtmlValidate instance for every file,
 * in this process. tests/build/html-valid.test.ts runs it over dist/; tests/unit/html-validity.test.ts shows that
 * it reports malformed HTML.
 */
import path from 'node:path';
import {
  FileSystemConfigLoader,
  HtmlValidate,
  Severity,
  type ConfigData,
  type Report,
  type ResolvedConfig,
} from 'html-validate';

const root = path.resolve(import.meta.dirname, '../..');
/** A message's severity is a plain number. */
const error: number = Severity.ERROR;

/**
 * The repository's configuration (`.htmlvalidate.json` at the root) for every file, wherever it lies (a fixture
 * site builds in the system's temporary folder), resolved once: html-validate otherwise looks for it and resolves
 * it again for every file (its element table included), which took most of the time of a run over dist/.
 */
class RepositoryConfig extends FileSystemConfigLoader {
  #config: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(filename: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(filename, configOverride);
    return (this.#config ??= super.getConfigFor(path.join(root, 'index.html')));
  }
}

/** A validator with the repository's configuration, to share between the files of one run. */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate(new RepositoryConfig());
}

/**
 * Each error of a report as `file:line:column rule message (selector)`, the file relative to the repository; the
 * CSS selector of the element finds it in a page that Astro wrote on one line.
 */
export function errorLines(report: Report): string[] {
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === error)
      .map((message) =>
        [
          `${path.relative(root, result.filePath)}:${String(message.line)}:${String(message.column)}`,
          message.ruleId,
          message.message,
          ...(message.selector ? [`(${message.selector})`] : []),
        ].join(' '),
      ),
  );
}

/** The errors of HTML files (absolute paths), checked one after the other by one validator. */
export async function checkHtmlFiles(files: readonly string[], validator = htmlValidator()): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) errors.push(...errorLines(await validator.validateFile(file)));
  return errors;
}

/** The errors of an HTML string, reported as in the file `filename` (relative to the repository). */
export async function checkHtml(html: string, filename: string, validator = htmlValidator()): Promise<string[]> {
  return errorLines(await validator.validateString(html, path.join(root, filename)));
}
