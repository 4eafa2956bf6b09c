import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { createApolloClient } from '@pillars/web/core/data-access';
import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { typePolicies } from './app/features';
import { PROVIDER_FUTURE, ROOT_ROUTES, ROUTER_FUTURE } from './app/router-future';
import { AppProviders } from './app/providers';
import { createI18n } from './i18n';

const client = createApolloClient({ typePolicies });
const i18n = createI18n();
const router = createBrowserRouter(ROOT_ROUTES, { future: ROUTER_FUTURE });

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} future={PROVIDER_FUTURE} />
    </AppProviders>
  </StrictMode>,
);
