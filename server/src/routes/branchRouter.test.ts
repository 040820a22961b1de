import Router from '@koa/router';
import Koa from 'koa';
import supertest from 'supertest';

import type { AppState } from '../http/state';
import { branchOf, branchRouter } from './branchRouter';

function area(
  routes: [path: string, answer: string, passOn?: boolean][],
): Router<AppState> {
  const router = new Router<AppState>();
  for (const [path, answer, passOn] of routes) {
    router.get(path, (ctx, next) => {
      ctx.append('X-Answered-By', answer);
      ctx.body = answer;
      return passOn ? next() : undefined;
    });
  }
  return router;
}

function serve(areas: Router<AppState>[]) {
  const app = new Koa<AppState>();
  const router = branchRouter(areas);
  app.use(router.routes());
  app.use(router.allowedMethods());
  return supertest(app.callback());
}

describe('branchRouter', () => {
  const request = serve([
    area([['/api/a/one', 'first']]),
    area([['/api/b', 'b']]),
    area([
      ['/api/a/:name', 'second', true],
      ['/api/a/two', 'third'],
    ]),
  ]);

  it('answers a route from a later area of the same branch', async () => {
    const response = await request.get('/api/a/two');

    expect(response.text).toBe('third');
    expect(response.get('X-Answered-By')).toBe('second, third');
  });

  it('runs the routes of a branch in the order they were mounted', async () => {
    const response = await request.get('/api/a/one');

    expect(response.text).toBe('first');
    expect(response.get('X-Answered-By')).toBe('first');
  });

  it('finds a route of a path in another letter case, as the router does', async () => {
    const response = await request.get('/API/B');

    expect(response.status).toBe(200);
    expect(response.text).toBe('b');
  });

  it('leaves a path of no branch unanswered', async () => {
    const response = await request.get('/api/c');

    expect(response.status).toBe(404);
  });

  it('answers 405 with the allowed methods of a known path', async () => {
    const response = await request.post('/api/a/two');

    expect(response.status).toBe(405);
    expect(response.get('Allow')).toBe('HEAD, GET');
  });

  it('answers 501 to a method no route takes, on any path', async () => {
    expect((await request.propfind('/api/a/two')).status).toBe(501);
    expect((await request.propfind('/api/c')).status).toBe(501);
  });

  it('refuses a route whose branch holds a parameter', () => {
    expect(() => branchRouter([area([['/api/:area/x', 'x']])])).toThrow(
      /\/api\/:area\/x/,
    );
  });
});

describe('branchOf', () => {
  it('is the path up to its third slash', () => {
    expect(branchOf('/api/me/rating/history')).toBe('/api/me');
    expect(branchOf('/api/me/')).toBe('/api/me');
  });

  it('is the whole path when it has fewer segments', () => {
    expect(branchOf('/api/me')).toBe('/api/me');
    expect(branchOf('/health')).toBe('/health');
    expect(branchOf('/')).toBe('/');
  });
});
