// Collections: only the bodies of chapters, fields and actions, which Astro renders (MDX, Markdown).
// Front matter, data and references are read and validated once, by src/lib/project
// (src/site/project.ts); the loaders run that first, so an editor sees every problem in German.
// No schema here: the project is the one source of each entry's data.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { editorGlob } from './lib/project/file-rules';
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
  kapitel: defineCollection({ loader: validatedGlob('kapitel', editorGlob('mdx'), './src/content/kapitel') }),
  handlungsfelder: defineCollection({ loader: validatedGlob('handlungsfelder', editorGlob('md'), './src/content/handlungsfelder') }),
  massnahmen: defineCollection({ loader: validatedGlob('massnahmen', editorGlob('md'), './src/content/massnahmen') }),
};
