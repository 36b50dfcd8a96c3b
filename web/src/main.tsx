import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { captureUtm } from './utm/utm';
import './styles/base.css';

captureUtm(window.location.search, window.sessionStorage);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const { client, session } = createServices();
createRoot(container).render(
  <StrictMode>
    <App client={client} session={session} />
  </StrictMode>,
);
