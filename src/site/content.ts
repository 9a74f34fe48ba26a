// The Markdown/MDX body of a validated entry, rendered by Astro (front matter comes from the project).
import { getEntry, render, type CollectionKey } from 'astro:content';

/** Astro's render() of entry `id` in `collection`; throws if the collection lacks it (a bug). */
export async function renderBody(collection: CollectionKey, id: string): ReturnType<typeof render> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No entry "${id}" in collection ${collection}`);
  return render(entry);
}
