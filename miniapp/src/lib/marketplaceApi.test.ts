import type { ApiClient } from './apiClient';
import { createMarketplaceApi } from './marketplaceApi';

function recordingClient() {
  const sent: [string, string, unknown][] = [];
  const client: ApiClient = {
    request: async (method, path, body) => {
      sent.push([method, path, body]);
      return undefined as never;
    },
    upload: async () => undefined as never,
  };
  return { sent, api: createMarketplaceApi(client) };
}

describe('createMarketplaceApi', () => {
  it('replaces a draft with PUT and moves it with an empty POST', async () => {
    const { sent, api } = recordingClient();
    const draft = { title: 't' } as never;
    await api.replaceOffer(7, draft);
    await api.moveOffer(7, 'submit');
    expect(sent).toEqual([
      ['PUT', '/api/merchant/offers/7', draft],
      ['POST', '/api/merchant/offers/7/submit', {}],
    ]);
  });

  it('asks the office queues for what waits for review', async () => {
    const { sent, api } = recordingClient();
    await api.pendingMerchants();
    await api.offersInReview();
    expect(sent.map(([method, path]) => `${method} ${path}`)).toEqual([
      'GET /api/office/merchants?status=pending',
      'GET /api/office/offers?status=in_review',
    ]);
  });

  it('reports a default with its amount in fen', async () => {
    const { sent, api } = recordingClient();
    await api.reportPerformance(3, { outcome: 'defaulted', amountFen: 500 });
    expect(sent).toEqual([
      [
        'POST',
        '/api/merchant/redemptions/3/performance',
        { outcome: 'defaulted', amountFen: 500 },
      ],
    ]);
  });
});
