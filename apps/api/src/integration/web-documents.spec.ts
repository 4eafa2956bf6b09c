import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { Kind, print, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_MODULES } from '../app/app.module';

/** Every operation the web app sends, as codegen wrote it (the documents the browser really uses). */
function webOperations(): { name: string; text: string }[] {
  const file = join(__dirname, '../../../../libs/web/graphql/src/generated/graphql.ts');
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as DocumentNode/gs)]
    .map(([, name, json]) => ({ name, doc: JSON.parse(json) as DocumentNode }))
    .filter(({ doc }) => doc.definitions.some((d) => d.kind === 'OperationDefinition'))
    .map(({ name, doc }) => ({ name, text: print(withTypename(doc)) }));
}

/**
 * The document as Apollo Client sends it: its cache adds `__typename` to every selection set
 * but the operation's own. The cost limit counts those fields too (a thread of comments with
 * their first replies passed without them and was refused in the browser).
 */
function withTypename(doc: DocumentNode): DocumentNode {
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  return visit(doc, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return node;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return node;
        return { ...node, selections: [...node.selections, typename] };
      },
    },
  });
}

let app: INestApplication;
let admin: TestUser;
beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES);
  admin = await buildUser(await buildOrganization(), { roles: ['ADMIN', 'HR'] });
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('the web app’s GraphQL documents', () => {
  it('finds the documents, as the browser sends them', () => {
    const operations = webOperations();
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['Me', 'TeamPage', 'PeopleSearch', 'PostComments']));
    expect(operations.find((o) => o.name === 'PostComments')?.text).toContain('__typename');
  });

  // Depth, alias, cost and token limits are validation rules: they answer before variables are
  // read, so sending each document without variables shows whether the app's own pages fit them.
  it('stay within the API’s depth, alias, cost and token limits', async () => {
    const refused: string[] = [];
    for (const { name, text } of webOperations()) {
      const res = await gql(app).as(admin).send(text, {});
      for (const e of res.errors ?? []) if (e.extensions?.['code'] === 'QUERY_TOO_COMPLEX') refused.push(`${name}: ${e.message}`);
    }
    expect(refused).toEqual([]);
  });
});
