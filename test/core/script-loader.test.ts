import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, createMemoryStorage, injectScript, loadScriptWhenGranted } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

const scripts = () => Array.from(document.querySelectorAll('script'));

afterEach(() => {
  for (const script of scripts()) script.remove();
});

function startedStore() {
  const store = createConsentStore(weroomConfig, { storage: createMemoryStorage() });
  store.start();
  return store;
}

describe('adding a script', () => {
  it('adds one element per address, however often it is asked', async () => {
    const first = injectScript('https://cdn.example/one.js');
    const second = injectScript('https://cdn.example/one.js');
    injectScript('https://cdn.example/one.js?v=2');
    expect(scripts().map((script) => script.src)).toEqual(['https://cdn.example/one.js', 'https://cdn.example/one.js?v=2']);
    scripts()[0]!.dispatchEvent(new Event('load'));
    expect(await first).toBe(scripts()[0]);
    expect(await second).toBe(scripts()[0]);
  });

  it('sets async, defer, module type, nonce and extra attributes as asked', () => {
    injectScript('/module.js', { type: 'module', defer: true, async: false, nonce: 'abc123', attributes: { 'data-domain': 'weroom.example' } });
    const [script] = scripts();
    expect(script!.type).toBe('module');
    expect(script!.defer).toBe(true);
    expect(script!.async).toBe(false);
    expect(script!.nonce).toBe('abc123');
    expect(script!.getAttribute('data-domain')).toBe('weroom.example');
  });

  it('runs inline code once per id', () => {
    injectScript(undefined, { id: 'pixel', text: 'window.pixelRuns = (window.pixelRuns || 0) + 1' });
    injectScript(undefined, { id: 'pixel', text: 'window.pixelRuns = (window.pixelRuns || 0) + 1' });
    expect(scripts().map((script) => [script.id, script.text])).toEqual([['pixel', 'window.pixelRuns = (window.pixelRuns || 0) + 1']]);
  });

  it('rejects when the script fails to load, for every caller', async () => {
    const first = injectScript('https://cdn.example/broken.js');
    const second = injectScript('https://cdn.example/broken.js');
    scripts()[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow('The script https://cdn.example/broken.js failed to load.');
    await expect(second).rejects.toThrow('failed to load');
  });
});

describe('adding a script by consent', () => {
  it('adds nothing while the category is not granted, then adds it when it is', async () => {
    const store = startedStore();
    const loaded = loadScriptWhenGranted(store, 'https://analytics.example/a.js', { category: 'performance' });
    store.save({ advertising: true });
    expect(scripts()).toEqual([]);
    store.save({ performance: true });
    expect(scripts().map((script) => script.src)).toEqual(['https://analytics.example/a.js']);
    scripts()[0]!.dispatchEvent(new Event('load'));
    await expect(loaded).resolves.toBe(scripts()[0]);
  });

  it('stops waiting when aborted, and adds nothing later', async () => {
    const store = startedStore();
    const controller = new AbortController();
    const loaded = loadScriptWhenGranted(store, 'https://analytics.example/b.js', { category: 'performance', signal: controller.signal });
    controller.abort(new Error('left the page'));
    await expect(loaded).rejects.toThrow('left the page');
    store.acceptAll();
    expect(scripts()).toEqual([]);
  });
});
