// Types for the German patterns of the `hyphen` package (it ships none).
declare module 'hyphen/de-1996/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const de: { hyphenateSync(text: string, options?: HyphenOptions): string };
  export default de;
}
