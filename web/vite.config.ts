import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite/graphql-documents.ts';
import { precompress } from './vite/precompress.ts';

// In `vite` (development) the app is served on :5173 and talks to the gateway through this
// proxy, so the session cookie stays same-origin exactly as when the gateway serves dist/.
const gateway = 'http://localhost:4000';

export default defineConfig(({ command }) => {
  // A build is for production even when the calling shell exports NODE_ENV (jest sets `test`,
  // `npm start` may run with `development`): otherwise development builds of React and Apollo ship.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    plugins: [graphqlDocuments(), react(), precompress()],
    server: {
      proxy: { '/graphql': { target: gateway, ws: true } },
    },
    build: {
      // Every browser the app targets supports modulepreload natively.
      modulePreload: { polyfill: false },
      // Maps for debugging production errors, not advertised to browsers.
      sourcemap: 'hidden',
    },
  };
});
