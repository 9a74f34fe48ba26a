// The datapackage library (Frictionless) ships no types; the tests use only this much of it.
declare module 'datapackage' {
  export class Package {
    static load(descriptor: unknown, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
  }
}

// .astro components imported by the Container API tests (test/components); Astro's editor plugin
// types them in the IDE, tsc needs this much.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
