import jwt from 'jsonwebtoken';
import { maskIdNumber } from '@creditplus/shared';

import { signToken } from '../../src/auth/jwt';
import { useTestApp } from '../support/app';

// A fake identity from server/seed/identities.json.
const person = { name: '吴明一', idNumber: '360404196312108747' };

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('GET /api/me', () => {
  const testApp = useTestApp();

  async function createCitizenWithSubject() {
    const subject = await testApp().deps.db.models.Subject.create({
      kind: 'person',
      category: 'person',
      name: person.name,
      // The profile reads only the masked code; hash and cipher are opaque.
      codeHash: 'a'.repeat(64),
      codeCipher: 'opaque-cipher-for-this-test',
      codeMasked: maskIdNumber(person.idNumber),
      region: '360404',
    });
    return testApp().createUser({
      subjectId: subject.id,
      displayName: '吴明一',
    });
  }

  it('returns the profile with the subject code masked', async () => {
    const { user, auth } = await createCitizenWithSubject();

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', auth);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: user.id,
      displayName: '吴明一',
      role: 'citizen',
      subject: {
        id: user.subjectId,
        kind: 'person',
        name: person.name,
        codeMasked: '3604**********8747',
      },
      merchant: null,
      department: null,
    });
    expect(response.text).not.toContain(person.idNumber);
  });

  it('answers unauthenticated without a token', async () => {
    const response = await testApp().request().get('/api/me');

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('answers token_invalid for a header that is not a bearer token', async () => {
    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', 'Basic dXNlcjpwYXNz');

    expect(response.body.error.code).toBe('token_invalid');
  });

  it('reads the bearer scheme in any letter case', async () => {
    const { user } = await testApp().createUser();
    const { token } = signToken(user.id, testApp().deps.config.jwt);

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `bearer ${token}`);

    expect(response.status).toBe(200);
  });

  it('answers token_expired for an expired token', async () => {
    const { user } = await testApp().createUser();
    const past = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const { token } = signToken(user.id, testApp().deps.config.jwt, past);

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `Bearer ${token}`);

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('token_expired');
  });

  it('answers token_invalid for a token forged with another secret', async () => {
    const { user } = await testApp().createUser();
    const forged = jwt.sign({ sub: String(user.id) }, 'guessed-secret', {
      algorithm: 'HS256',
      expiresIn: 600,
    });

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `Bearer ${forged}`);

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('token_invalid');
  });

  it('answers token_invalid for an alg-none token', async () => {
    const { user } = await testApp().createUser();
    const exp = Math.floor(Date.now() / 1000) + 600;
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      sub: String(user.id),
      exp,
    })}.`;

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `Bearer ${token}`);

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('token_invalid');
  });

  it('answers token_invalid for the token of a deleted user', async () => {
    const { user, auth } = await testApp().createUser();
    await user.destroy();

    const response = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', auth);

    expect(response.body.error.code).toBe('token_invalid');
  });
});
