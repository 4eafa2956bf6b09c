/**
 * Packages the bundle needs that no module of ours imports: other packages load them at run time
 * (`@nestjs/apollo` requires Apollo's Express 5 integration only when the GraphQL module starts).
 * The project graph sees these literal `require.resolve` calls, so the bundle's generated
 * `package.json` lists the packages (docs/operations.md). Nothing imports this file.
 */
export const RUNTIME_PACKAGES: readonly (() => string)[] = [
  () => require.resolve('@as-integrations/express5'),
];
