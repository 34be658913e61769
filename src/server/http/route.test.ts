/**
 * A route's response schema: where the application checks responses (the tests), a result
 * outside the contract answers 500 naming the field; elsewhere it is sent as it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerErrorHandler } from './error-handler.ts';
import { addRoute, checkResponses } from './route.ts';

const greeting = z.object({ text: z.string(), count: z.number().int() });

async function appAnswering(result: unknown, checked: boolean): Promise<FastifyInstance> {
  const app = Fastify();
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandler(app);
  if (checked) checkResponses(app);
  addRoute(app, {
    method: 'GET',
    url: '/greeting',
    summary: 'A greeting for the test',
    tags: ['test'],
    auth: 'optional',
    response: greeting,
    // The test hands the handler any shape, as a route would after a careless change.
    handler: async () => result as z.input<typeof greeting>,
  });
  await app.ready();
  return app;
}

describe('response schemas', () => {
  it('a result in the contract is sent as it is', async () => {
    const app = await appAnswering({ text: 'hello', count: 2 }, true);
    const res = await app.inject({ method: 'GET', url: '/greeting' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { text: 'hello', count: 2 });
  });

  it('a result outside the contract answers 500 naming the field, where responses are checked', async () => {
    const app = await appAnswering({ text: 'hello', count: '2' }, true);
    const res = await app.inject({ method: 'GET', url: '/greeting' });
    assert.equal(res.statusCode, 500);
    assert.equal(res.json().error, 'response-contract');
    assert.match(JSON.stringify(res.json().problems), /count: expected/);
  });

  it('unchecked (production), the result is serialised as before', async () => {
    const app = await appAnswering({ text: 'hello', count: '2' }, false);
    const res = await app.inject({ method: 'GET', url: '/greeting' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { text: 'hello', count: '2' });
  });

  it('the OpenAPI schema of the response is the contract’s', async () => {
    const app = Fastify();
    app.setValidatorCompiler(() => () => true);
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    let documented: unknown;
    app.addHook('onRoute', (route) => {
      documented = (route.schema as { response: Record<string, unknown> }).response['2xx'];
    });
    addRoute(app, {
      method: 'GET',
      url: '/greeting',
      summary: 'A greeting for the test',
      tags: ['test'],
      auth: 'optional',
      response: greeting,
      handler: async () => ({ text: 'hi', count: 1 }),
    });
    assert.deepEqual(Object.keys((documented as { properties: object }).properties), ['text', 'count']);
  });
});
