/**
 * The one bundler feature the playground uses beyond the Web platform: Vite's (and Vitest's)
 * `import.meta.glob`, here to bundle the workshop app's files as text.
 */
interface ImportMeta {
  glob(patterns: string | readonly string[], options: { readonly query: '?raw'; readonly import: 'default'; readonly eager: true }): Record<string, string>;
}
