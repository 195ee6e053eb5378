import { strict as assert } from 'node:assert';
import { createLintScheduler, type Timers } from '../../src/extension/lintScheduler';

/** Manual clock: timers fire only when the test advances time. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      queue.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
  };
  return {
    timers,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...queue.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        queue.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pendingCount: () => queue.size,
  };
}

/** A stand-in for a TextDocument: text that changes, with a version that counts edits. */
function fakeDocument(text: string) {
  return {
    text,
    version: 1,
    closed: false,
    edit(newText: string) {
      this.text = newText;
      this.version++;
    },
    currentVersion() {
      return this.closed ? undefined : this.version;
    },
  };
}
type FakeDocument = ReturnType<typeof fakeDocument>;

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('lint scheduler', () => {
  it('throttles typing to one run per delay and lints the text as it is when the run fires', async () => {
    const clock = fakeTimers();
    const linted: string[] = [];
    const doc = fakeDocument('MIAMI (AP) — The ferry');
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      compute: (d) => d.text,
      publish: (_key, _d, text) => linted.push(text),
    });
    scheduler.schedule('doc', doc);
    clock.advance(100);
    doc.edit('MIAMI (AP) — The ferry left');
    scheduler.schedule('doc', doc);
    clock.advance(100);
    doc.edit('MIAMI (AP) — The ferry left port');
    scheduler.schedule('doc', doc);
    assert.equal(clock.pendingCount(), 1, 'a single pending run per document');
    clock.advance(99);
    await flush();
    assert.deepEqual(linted, [], 'nothing before the delay');
    clock.advance(1);
    await flush();
    assert.deepEqual(linted, ['MIAMI (AP) — The ferry left port']);
    // Typing continues: a new run is scheduled after the first one fired.
    doc.edit('MIAMI (AP) — The ferry left port late');
    scheduler.schedule('doc', doc);
    clock.advance(300);
    await flush();
    assert.deepEqual(linted, ['MIAMI (AP) — The ferry left port', 'MIAMI (AP) — The ferry left port late']);
  });

  it('keeps one pending run per document, independently', async () => {
    const clock = fakeTimers();
    const linted: string[] = [];
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      compute: (d) => d.text,
      publish: (key) => linted.push(key),
    });
    scheduler.schedule('a', fakeDocument('a'));
    scheduler.schedule('b', fakeDocument('b'));
    scheduler.schedule('a', fakeDocument('a'));
    assert.equal(clock.pendingCount(), 2);
    clock.advance(300);
    await flush();
    assert.deepEqual(linted.sort(), ['a', 'b']);
  });

  it('discards a result computed for an older version of the document', async () => {
    const clock = fakeTimers();
    const published: Array<{ text: string; version: number }> = [];
    let releaseConfig!: () => void;
    const doc = fakeDocument('BOSTON (AP) — “We are ready,” Marsh said.');
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      // Reading the configuration takes a while; the text is captured first.
      compute: async (d) => {
        const text = d.text;
        await new Promise<void>((resolve) => (releaseConfig = resolve));
        return text;
      },
      publish: (_key, _d, text, version) => published.push({ text, version }),
    });
    scheduler.schedule('doc', doc);
    clock.advance(300);
    doc.edit('BOSTON (AP) — “We are ready,” Marsh said');
    releaseConfig();
    await flush();
    assert.deepEqual(published, [], 'the stale result is dropped');
    // The edit scheduled its own run, which publishes.
    scheduler.schedule('doc', doc);
    clock.advance(300);
    await flush();
    releaseConfig();
    await flush();
    assert.deepEqual(published, [{ text: 'BOSTON (AP) — “We are ready,” Marsh said', version: 2 }]);
  });

  it('lets a newer run win over an older one that finishes later, even at the same version', async () => {
    const clock = fakeTimers();
    const published: string[] = [];
    const releases: Array<() => void> = [];
    let config = 'old config';
    const doc = fakeDocument('DENVER (AP) — text');
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      compute: async () => {
        const seen = config;
        await new Promise<void>((resolve) => releases.push(resolve));
        return seen;
      },
      publish: (_key, _d, result) => published.push(result),
    });
    const first = scheduler.runNow('doc', doc);
    config = 'new config';
    const second = scheduler.runNow('doc', doc);
    releases[1]();
    await second;
    releases[0]();
    await first;
    assert.deepEqual(published, ['new config']);
  });

  it('drops pending and in-flight runs of a cancelled (closed) document', async () => {
    const clock = fakeTimers();
    const published: string[] = [];
    let release!: () => void;
    const doc = fakeDocument('x');
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      compute: async (d) => {
        await new Promise<void>((resolve) => (release = resolve));
        return d.text;
      },
      publish: (_key, _d, text) => published.push(text),
    });
    const running = scheduler.runNow('doc', doc);
    scheduler.schedule('doc', doc);
    assert.equal(scheduler.isPending('doc'), true);
    scheduler.cancel('doc');
    assert.equal(scheduler.isPending('doc'), false);
    assert.equal(clock.pendingCount(), 0);
    release();
    await running;
    clock.advance(1000);
    await flush();
    assert.deepEqual(published, []);
  });

  it('does not lint a document that is already closed when its run fires', async () => {
    const clock = fakeTimers();
    let computed = 0;
    const doc = fakeDocument('x');
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: clock.timers,
      delayMs: () => 300,
      compute: (d) => {
        computed++;
        return d.text;
      },
      publish: () => assert.fail('must not publish'),
    });
    scheduler.schedule('doc', doc);
    doc.closed = true;
    clock.advance(300);
    await flush();
    assert.equal(computed, 0);
  });

  it('reports a failing computation instead of publishing', async () => {
    const errors: string[] = [];
    const scheduler = createLintScheduler<FakeDocument, string>({
      timers: fakeTimers().timers,
      delayMs: () => 300,
      compute: () => {
        throw new Error('config unreadable');
      },
      publish: () => assert.fail('must not publish'),
      onError: (key, error) => errors.push(`${key}: ${(error as Error).message}`),
    });
    await scheduler.runNow('doc', fakeDocument('x'));
    assert.deepEqual(errors, ['doc: config unreadable']);
  });
});
