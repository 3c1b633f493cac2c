// A stand-in for the GraphQL server at the network seam: `fetch` answers each operation by name
// and remembers every request, so tests exercise the real client, exchanges and components.
import { vi } from 'vitest';

interface GraphqlRequest {
  operationName: string;
  variables: Record<string, unknown>;
  method: string;
  credentials: RequestCredentials | undefined;
  headers: Headers;
}

type Handler = (variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] };

export function stubGraphqlServer(handlers: Record<string, Handler>): GraphqlRequest[] {
  const requests: GraphqlRequest[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit = {}) => {
    if (typeof init.body !== 'string') {
      throw new Error('expected a JSON request body');
    }
    const body = JSON.parse(init.body) as { operationName: string; variables?: Record<string, unknown> };
    const variables = body.variables ?? {};
    requests.push({
      operationName: body.operationName,
      variables,
      method: init.method ?? 'GET',
      credentials: init.credentials,
      headers: new Headers(init.headers),
    });
    const handler = handlers[body.operationName];
    if (handler === undefined) {
      throw new Error(`no stub for operation ${body.operationName}`);
    }
    return Promise.resolve(
      new Response(JSON.stringify(handler(variables)), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  return requests;
}

export const signedOut: Handler = () => ({ data: { me: null } });

export const signedIn: Handler = () => ({
  data: { me: { email: 'demo@koushin.example', companyName: '株式会社デモ商事', isStaff: false } },
});

export const signedInAsStaff: Handler = () => ({
  data: { me: { email: 'staff@koushin.example', companyName: null, isStaff: true } },
});
