import { jest } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledContexts, CONTEXT_URLS, createDidKeyResolver, createDocumentLoader, generateIdentity, isAgentVcError } from '@agentvc/core';

// the one copy of the contexts: @agentvc/core ships this folder and reads it relative to itself
const contextsDir = new URL('../../contexts/', import.meta.url);

describe('createDocumentLoader', () => {
  it('serves every bundled context offline', async () => {
    const loader = createDocumentLoader();
    for (const url of Object.values(CONTEXT_URLS)) {
      const { document, documentUrl } = await loader(url);
      expect(documentUrl).toBe(url);
      expect(document).toHaveProperty('@context');
    }
  });

  it('refuses an unknown URL with UNKNOWN_CONTEXT and never fetches', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const loader = createDocumentLoader();
    await expect(loader('https://evil.example/context.jsonld')).rejects.toMatchObject({ code: 'UNKNOWN_CONTEXT' });
    await expect(loader('https://www.w3.org/2018/credentials/v2')).rejects.toMatchObject({ code: 'UNKNOWN_CONTEXT' });
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('refuses DIDs when no resolver is configured, and resolves did:key through one', async () => {
    const { did, keyId } = await generateIdentity();
    await expect(createDocumentLoader()(did)).rejects.toMatchObject({ code: 'UNSUPPORTED_URL' });
    const loader = createDocumentLoader({ didResolver: createDidKeyResolver() });
    expect((await loader(did)).document).toMatchObject({ id: did });
    expect((await loader(keyId)).document).toMatchObject({ id: keyId, type: 'Ed25519VerificationKey2020' });
  });

  it('keeps bundled contexts immutable', () => {
    const v1 = bundledContexts().get(CONTEXT_URLS.credentialsV1) as Record<string, unknown>;
    expect(() => {
      v1['@context'] = {};
    }).toThrow(TypeError);
  });
});

describe('bundledContexts', () => {
  it('pins every file in the manifest by sha256', () => {
    expect(bundledContexts().size).toBe(9);
  });

  it('lists exactly the files of its folder, and the repository has no other contexts folder', () => {
    const files = readdirSync(contextsDir).filter((file) => file !== 'manifest.json').sort();
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', contextsDir), 'utf8')) as Record<string, { file: string }>;
    expect(Object.values(manifest).map((entry) => entry.file).sort()).toEqual(files);
    expect(existsSync(new URL('../../../../contexts/', import.meta.url))).toBe(false);
  });

  // a copy of the bundle, altered by `alter`, loaded as an installed package would load its own
  function loadAltered(alter: (dir: string) => void): unknown {
    const dir = mkdtempSync(join(tmpdir(), 'agentvc-contexts-'));
    try {
      for (const file of readdirSync(contextsDir)) copyFileSync(new URL(file, contextsDir), join(dir, file));
      alter(dir);
      bundledContexts(pathToFileURL(`${dir}/`));
      return undefined;
    } catch (caught) {
      return caught;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it.each([
    ['a context file whose bytes differ from the manifest', (dir: string) => writeFileSync(join(dir, 'agentvc-v1.jsonld'), '{"@context": {"capability": "https://evil.example/#c"}}')],
    ['a missing context file', (dir: string) => rmSync(join(dir, 'credentials-v2.jsonld'))],
    ['a missing manifest', (dir: string) => rmSync(join(dir, 'manifest.json'))],
    ['a manifest that is not JSON', (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"https://www.w3.org/')]
  ])('refuses %s with CONTEXT_INTEGRITY and never fetches', (_name, alter) => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const error = loadAltered(alter);
    expect(isAgentVcError(error, 'CONTEXT_INTEGRITY')).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('loads an unaltered copy', () => {
    expect(loadAltered(() => undefined)).toBeUndefined();
  });
});
