import { buildOrganization, buildUser, type TestUser } from '@pillars/api/testing';
import { MAX_DIFF_EDITS, PolicyTextChangeKind, wordDiff } from './policy-diff';
import { policiesTestApp, READING, type ReadingView } from './policy-features.test-support';
import { PUBLISH } from './policies.test-documents';

const { kit } = policiesTestApp();

const DIFF = `query($id: ID!, $language: String) { policy(id: $id) { currentVersion { id label changesSinceSigned(language: $language) {
  fromVersionId fromLabel fromLanguage toLanguage addedWords removedWords changes { kind text } } } } }`;
type Diff = { fromVersionId: string; fromLabel: string; fromLanguage: string; toLanguage: string; addedWords: number; removedWords: number; changes: { kind: PolicyTextChangeKind; text: string }[] };
type DiffView = { policy: { currentVersion: { id: string; label: string; changesSinceSigned: Diff | null } } };

const side = (d: Diff, kind: PolicyTextChangeKind) => d.changes.filter((c) => c.kind !== kind).map((c) => c.text).join('');

async function acknowledge(user: TestUser, policyId: string, language?: string): Promise<void> {
  const read = await kit.ok<ReadingView>(user, READING, { id: policyId, language });
  await kit.ok(user, `mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id } } }`, {
    input: { versionId: read.policy.currentVersion.id, language: read.policy.currentVersion.reading.language, textHash: read.policy.currentVersion.reading.textHash },
  });
}

describe('the diff since the signed version', () => {
  it('shows a re-acknowledgement what changed since the version the reader signed, in their language; nothing to someone who never signed or has signed this one', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const signer = await buildUser(org, { locale: 'it' });
    const newcomer = await buildUser(org);
    const v1 = [kit.body('en', 'Only the Communications team speaks for the company.'), kit.body('it', 'Solo il team Comunicazione parla per l’azienda.')];
    const { policyId, versionId: first } = await kit.published(hr, {}, v1);
    await acknowledge(signer, policyId);
    expect((await kit.ok<DiffView>(signer, DIFF, { id: policyId })).policy.currentVersion.changesSinceSigned).toBeNull();

    const v2 = [kit.body('en', 'Only the Communications team speaks for the company. Add #employee to posts about products.'), kit.body('it', 'Soltanto il team Comunicazione parla oggi per l’azienda.')];
    const second = await kit.draft(hr, { policyId, change: 'MAJOR', bodies: v2, fallbackLanguage: 'en', audience: kit.everyone });
    await kit.ok(hr, PUBLISH, { id: second });
    await kit.drain();

    const { currentVersion } = (await kit.ok<DiffView>(signer, DIFF, { id: policyId })).policy;
    expect(currentVersion.label).toBe('2.0');
    const diff = currentVersion.changesSinceSigned as Diff;
    expect(diff).toMatchObject({ fromVersionId: first, fromLabel: '1.0', fromLanguage: 'it', toLanguage: 'it', addedWords: 2, removedWords: 1 });
    expect(diff.changes.filter((c) => c.kind === PolicyTextChangeKind.REMOVED).map((c) => c.text.trim())).toEqual(['Solo']);
    expect(diff.changes.filter((c) => c.kind === PolicyTextChangeKind.ADDED).map((c) => c.text.trim())).toEqual(['Soltanto', 'oggi']);
    // The runs rebuild both texts exactly.
    expect(side(diff, PolicyTextChangeKind.ADDED)).toBe(v1[1].body);
    expect(side(diff, PolicyTextChangeKind.REMOVED)).toBe(v2[1].body);

    // Asked for English: the signed version's English body is compared.
    const en = (await kit.ok<DiffView>(signer, DIFF, { id: policyId, language: 'en' })).policy.currentVersion.changesSinceSigned as Diff;
    expect(en).toMatchObject({ fromLanguage: 'en', toLanguage: 'en', removedWords: 0, addedWords: 6 });

    // Someone else's signature is not theirs.
    expect((await kit.ok<DiffView>(newcomer, DIFF, { id: policyId })).policy.currentVersion.changesSinceSigned).toBeNull();
    // Signed again: nothing left to compare.
    await acknowledge(signer, policyId);
    expect((await kit.ok<DiffView>(signer, DIFF, { id: policyId })).policy.currentVersion.changesSinceSigned).toBeNull();
  });
});

describe('wordDiff', () => {
  it('keeps runs that rebuild both sides, and shows a rewrite past the edit cap as one removal and one addition', () => {
    const changes = wordDiff('Be kind to everyone.', 'Be kind and fair to everyone.');
    expect(changes).toEqual([
      { kind: PolicyTextChangeKind.SAME, text: 'Be kind ' },
      { kind: PolicyTextChangeKind.ADDED, text: 'and fair ' },
      { kind: PolicyTextChangeKind.SAME, text: 'to everyone.' },
    ]);
    const a = Array.from({ length: MAX_DIFF_EDITS }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: MAX_DIFF_EDITS }, (_, i) => `b${i}`).join(' ');
    expect(wordDiff(a, b)).toEqual([{ kind: PolicyTextChangeKind.REMOVED, text: a }, { kind: PolicyTextChangeKind.ADDED, text: b }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
