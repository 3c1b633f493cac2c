// An order's PDFs while they are rendered: asks for their state every 1.5 s until each (invoice, quote,
// receipt) can be downloaded, so the page offers a link only once it works.
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { OrderDocumentStatesFragment } from '../../gql/graphql';
import { orderDocumentsQuery } from './documents';

export const documentPollMs = 1500;

function rendering(states: OrderDocumentStatesFragment): boolean {
  return [states.invoice, states.quote, states.receipt].some((pdf) => pdf?.document.status === 'RENDERING');
}

export function useOrderDocuments(order: OrderDocumentStatesFragment | null): OrderDocumentStatesFragment | null {
  const client = useClient();
  const [polled, setPolled] = useState<OrderDocumentStatesFragment | null>(null);
  const latest = polled !== null && polled.number === order?.number ? polled : order;
  const number = latest !== null && rendering(latest) ? latest.number : null;

  useEffect(() => {
    if (number === null) {
      return;
    }
    const timer = window.setInterval(() => {
      void client
        .query(orderDocumentsQuery, { number }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const found = result.data?.order.order;
          if (found) {
            setPolled(found);
          }
        });
    }, documentPollMs);
    return () => window.clearInterval(timer);
  }, [client, number]);

  return latest;
}
