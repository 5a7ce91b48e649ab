// workers.js first: Monaco reads MonacoEnvironment when GraphiQL creates its first editor.
import './workers.js';
import 'graphiql/style.css';
import './ide.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { ideExamples } from './examples.js';
import { createSameOriginFetcher } from './fetcher.js';

const container = document.getElementById('graphiql');
if (!container) throw new Error('newsgraph IDE: the page has no #graphiql element');

// The page is served by GET on the GraphQL endpoint itself, so its own path is the endpoint.
const fetcher = createSameOriginFetcher(window.location.pathname);

// Used only while the browser has no saved tabs: a returning user keeps their own.
const defaultTabs = ideExamples.map(({ query, variables }) => ({ query, variables: variables ?? null }));

createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs}
    isHeadersEditorEnabled
    // Open below the operation: most examples take variables, and mutations need a key header.
    defaultEditorToolsVisibility="variables"
    // The headers may hold the API key: keep them out of localStorage unless the user opts in.
    shouldPersistHeaders={false}
  >
    <GraphiQL.Logo>
      newsgraph{' '}
      <a className="ide-explore-link" href="explore">
        see the graph →
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
