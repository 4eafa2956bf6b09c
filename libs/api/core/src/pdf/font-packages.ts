/**
 * The npm packages the PDF fonts come from, named literally.
 *
 * pdf-writer finds the font files at run time through Node's own require with a computed path,
 * which the project graph cannot see; so the API bundle's generated `package.json`
 * (`dist/apps/api/package.json`, what a deployment installs) would leave these packages out and
 * every PDF would fail in production. The graph does see a literal `require.resolve` in any
 * production file of the project, so listing the packages here puts them in the bundle's
 * manifest. Nothing in the bundle imports this file (webpack would rewrite `require.resolve`);
 * `font-packages.spec.ts` checks that it names every package pdf-writer uses.
 */
export const FONT_PACKAGES: Readonly<Record<string, () => string>> = {
  '@fontsource/noto-sans': () => require.resolve('@fontsource/noto-sans/package.json'),
  '@fontsource/ibm-plex-sans-arabic': () => require.resolve('@fontsource/ibm-plex-sans-arabic/package.json'),
  '@expo-google-fonts/noto-sans-hebrew': () => require.resolve('@expo-google-fonts/noto-sans-hebrew/package.json'),
};
