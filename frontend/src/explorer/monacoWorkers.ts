// Tells Monaco (GraphiQL's editor) where its web workers are. Kept in our source rather than
// importing `graphiql/setup-workers/vite`: Vite's dev-server dependency pre-bundling cannot
// handle `?worker` imports inside node_modules, while here Vite bundles each worker itself.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphqlWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const environment: Environment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphqlWorker();
      default:
        return new EditorWorker();
    }
  },
};

self.MonacoEnvironment = environment;
