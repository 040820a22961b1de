// Fires claim attempts at a fixed concurrency, spread evenly over the
// servers, on keep-alive connections, and keeps each attempt's status,
// error code, duration and end (ms since the first attempt).
import http from 'node:http';

export async function fireClaims({ urls, offerId, auths, concurrency, tag }) {
  const agents = urls.map(
    () =>
      new http.Agent({
        keepAlive: true,
        maxSockets: Math.ceil(concurrency / urls.length),
      }),
  );
  const results = new Array(auths.length);
  let next = 0;
  const started = performance.now();
  const worker = async (w) => {
    const server = w % urls.length;
    while (next < auths.length) {
      const i = next++;
      const begun = performance.now();
      const answer = await post(
        `${urls[server]}/api/offers/${offerId}/claims`,
        agents[server],
        auths[i],
        { idempotencyKey: `${tag}-${String(i).padStart(6, '0')}` },
      );
      const end = performance.now();
      results[i] = { ...answer, ms: end - begun, at: end - started };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  return { results, seconds };
}

function post(url, agent, auth, body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          Authorization: auth,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, code: errorCode(text) }),
        );
      },
    );
    // A transport failure counts as a server error: the client got nothing.
    request.on('error', (error) =>
      resolve({ status: 599, code: error.code ?? 'transport' }),
    );
    request.end(payload);
  });
}

function errorCode(text) {
  try {
    return JSON.parse(text).error?.code ?? null;
  } catch {
    return 'unparsable';
  }
}
