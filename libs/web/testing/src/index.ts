export { renderWithProviders, type RenderWithProvidersOptions } from './render-with-providers';
export { FakeXhr } from './fake-xhr';
