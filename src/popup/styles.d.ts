/** Vite's `?inline` import of a style sheet: its text, bundled into the importing chunk. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
