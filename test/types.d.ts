// The datapackage library (Frictionless) ships no types; the tests use only this much of it.
declare module 'datapackage' {
  export class Package {
    static load(descriptor: unknown, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
  }
}
