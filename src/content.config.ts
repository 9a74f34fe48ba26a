// Collections of the content model. Every loader first validates the whole site with our own
// rules (src/lib/project), so an editor sees all problems at once, in German, with positions.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { actionSchema, chapterSchema, fieldSchema } from './lib/content/schemas';
import { validProject } from './site/project';

/** The glob loader, run only after the whole site passed validation. */
function validatedGlob(name: string, pattern: string, base: string): Loader {
  const inner = glob({ pattern, base });
  return {
    name,
    load: async (context) => {
      validProject();
      await inner.load(context);
    },
  };
}

export const collections = {
  kapitel: defineCollection({
    loader: validatedGlob('kapitel', '**/[^_]*.mdx', './src/content/kapitel'),
    schema: chapterSchema,
  }),
  handlungsfelder: defineCollection({
    loader: validatedGlob('handlungsfelder', '**/[^_]*.md', './src/content/handlungsfelder'),
    schema: fieldSchema,
  }),
  massnahmen: defineCollection({
    loader: validatedGlob('massnahmen', '**/[^_]*.md', './src/content/massnahmen'),
    schema: actionSchema,
  }),
  // Findings with their CSV rows: validated and cross-checked by validProject().
  befunde: defineCollection({
    loader: async () => validProject().findings.map(({ id, ...rest }) => ({ id, ...rest })),
  }),
};
