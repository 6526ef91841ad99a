/**
 * The content layer of `astro dev`, as strict as the build. `npm run build` refuses content with problems before
 * Astro reads it (src/integrations/content-check.ts); the dev server reads it as it is, so without this a hostile
 * body (`<script>`, `onerror=`, `javascript:`) reached the browser from `npm start`, and one file that failed its
 * schema stopped the dev server at start.
 *
 * `checkedInDev(loader, check)` wraps a loader (Astro's glob) so that every file it reads first passes the same
 * per-file checks as `check:content` (schema, body safety, slug: `check`, from src/lib/core/validation.ts, on the file
 * as it is on disk). A file that fails is left out of the content store: no page, list, feed or `render()` ever
 * sees it, and an `.mdx` body is never compiled. A version stored earlier is removed with it. The dev server
 * shows the file's problems at its address instead (src/lib/build/problem-pages.ts). Checks across files (a place or
 * initiative that does not exist, an alias taken twice) are left to that page: they say nothing about the body.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import type { Problem } from '../../schema/report.ts';
import type { ContentFile } from '../core/validation.ts';

/** The per-file checks of one kind of content: every problem of one file (empty when it is valid). */
export type FileCheck = (file: ContentFile) => readonly Problem[];

/** What the glob loader reads a file with: Astro passes them in the loader context (not part of its public type). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** The file's path as `check:content` prints it: relative to the working directory. */
const relative = (file: string) => path.relative(process.cwd(), file) || file;

/**
 * `loader`, with every file checked before it is stored. `check` is the per-file check of the collection's
 * kind; without one, only the collection's schema is checked (by Astro), but a failure no longer stops the sync.
 */
export function checkedInDev(loader: Loader, check?: FileCheck): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const refused = new Set<string>();
      const unreadable = new Set<string>();
      // Start from an empty store: the glob loader skips a file whose text is unchanged since the last run
      // (.astro/data-store.json), and a file stored by an earlier, unchecked run must be checked like the others.
      context.store.clear();
      const store: DataStore = {
        ...context.store,
        set: (entry) => {
          if (refused.has(entry.id)) {
            context.store.delete(entry.id);
            return false;
          }
          return context.store.set(entry);
        },
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath;
        let ok = !(file && unreadable.has(file));
        if (ok && file && check) {
          const text = await readFile(file, 'utf8').catch(() => undefined);
          ok = text !== undefined && check({ file: relative(file), text }).length === 0;
        }
        if (ok) {
          try {
            const data = await context.parseData(props);
            refused.delete(props.id);
            return data;
          } catch {
            // Astro's own schema check failed (its message is on the problem page): leave the entry out.
          }
        }
        refused.add(props.id);
        context.store.delete(props.id);
        context.logger.info(`left out ${file ? relative(file) : props.id}: it has problems, which its page lists`);
        return props.data;
      };
      // A frontmatter Astro cannot parse would throw before parseData and stop the whole sync: read it as an
      // empty entry, which parseData then refuses.
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const checkedTypes =
        entryTypes &&
        new Map(
          [...entryTypes].map(([extension, type]) => [
            extension,
            {
              ...type,
              getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
                const file = fileURLToPath(params.fileUrl);
                try {
                  const info = await type.getEntryInfo(params);
                  unreadable.delete(file);
                  return info;
                } catch {
                  unreadable.add(file);
                  return { data: {}, rawData: '', body: '', slug: '' };
                }
              },
            },
          ]),
        );
      await loader.load({ ...context, store, parseData, ...(checkedTypes ? { entryTypes: checkedTypes } : {}) });
    },
  };
}
