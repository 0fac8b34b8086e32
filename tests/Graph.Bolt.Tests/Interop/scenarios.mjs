// Interop scenarios: the official Neo4j JavaScript driver against a Bolt server.
// Usage: node scenarios.mjs <scenario>; environment BOLT_URI, BOLT_USER, BOLT_PASSWORD.
// Prints "OK <scenario> <facts>" and exits 0, or prints the failure and exits 1. The xunit cases in
// JsDriverInteropTests run each scenario and assert on that line.
import neo4j from 'neo4j-driver';

const uri = process.env.BOLT_URI ?? 'bolt://127.0.0.1:7687';
const user = process.env.BOLT_USER ?? 'neo4j';
const password = process.env.BOLT_PASSWORD ?? 'secret-password';

function connect(overrides = {}) {
  return neo4j.driver(overrides.uri ?? uri, neo4j.auth.basic(user, overrides.password ?? password), {
    connectionTimeout: 10000,
    maxConnectionPoolSize: 100,
    ...overrides.config,
  });
}

function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
}

function same(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  if (neo4j.isInt(a)) return neo4j.isInt(b) && a.equals(b);
  if (a instanceof Int8Array) return b instanceof Int8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === 'number' && Number.isNaN(a)) return Number.isNaN(b);
  if (typeof a !== 'object') return a === b;
  if (a.timeZoneId) {
    // a zoned DateTime built by name has no offset until the server resolves it: compare wall clock + zone
    const fields = ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneId'];
    const plain = x => (neo4j.isInt(x) ? x.toNumber() : x);
    return a.constructor === b.constructor && fields.every(f => plain(a[f]) === plain(b[f]));
  }
  if (a.constructor !== Object) {
    return a.constructor === b.constructor && a.toString() === b.toString()
      && same(a.timeZoneId ?? null, b.timeZoneId ?? null);
  }
  const keys = Object.keys(a).sort();
  return same(keys, Object.keys(b).sort()) && keys.every(k => same(a[k], b[k]));
}

async function single(driver, query, params = {}, mode = neo4j.session.WRITE) {
  const session = driver.session({ defaultAccessMode: mode });
  try {
    const result = await session.run(query, params);
    return result.records[0];
  } finally {
    await session.close();
  }
}

async function count(driver) {
  const record = await single(driver, 'MATCH (n:Item) RETURN count(n) AS c');
  return record.get('c').toNumber();
}

const scenarios = {
  async 'auth-success'(driver) {
    const info = await driver.getServerInfo();
    const record = await single(driver, 'RETURN 1');
    check(record.get(0).toNumber() === 1, 'RETURN 1 gives 1');
    return `agent=${info.agent} protocol=${info.protocolVersion}`;
  },

  async 'auth-failure'() {
    const driver = connect({ password: 'not-the-password' });
    try {
      await single(driver, 'RETURN 1');
      throw new Error('a wrong password was accepted');
    } catch (error) {
      return `code=${error.code}`;
    } finally {
      await driver.close();
    }
  },

  async 'values'(driver) {
    const values = {
      nothing: null,
      yes: true,
      no: false,
      small: neo4j.int(-16),
      big: neo4j.int('-9223372036854775808'),
      max: neo4j.int('9223372036854775807'),
      float: 1.5,
      nan: NaN,
      infinity: -Infinity,
      empty: '',
      text: '山海图谱 — Shanhai 🌄',
      long: 'x'.repeat(70000),
      bytes: new Int8Array([0, 1, -1, 127, -128]),
      list: [neo4j.int(1), 'two', 3.5, null, [neo4j.int(4)]],
      map: { a: neo4j.int(1), nested: { b: ['c'] }, '': 'empty key' },
      date: new neo4j.types.Date(2024, 2, 29),
      time: new neo4j.types.Time(12, 30, 15, 123456789, 3600),
      localTime: new neo4j.types.LocalTime(23, 59, 59, 999999999),
      localDateTime: new neo4j.types.LocalDateTime(1969, 12, 31, 23, 59, 59, 1),
      dateTime: new neo4j.types.DateTime(2024, 6, 1, 8, 0, 0, 42, -18000),
      zoned: new neo4j.types.DateTime(2024, 7, 1, 2, 0, 0, 0, undefined, 'Europe/Paris'),
      duration: new neo4j.types.Duration(14, -3, 3661, 500000000),
      point2d: new neo4j.types.Point(neo4j.int(7203), 1.5, -2.25),
      point3d: new neo4j.types.Point(neo4j.int(4979), 116.39, 39.9, 43.5),
    };
    const names = Object.keys(values);
    const query = 'RETURN ' + names.map(n => `$${n} AS ${n}`).join(', ');
    const record = await single(driver, query, values);
    for (const name of names) {
      check(same(values[name], record.get(name)), `${name} round-trips (sent ${values[name]}, got ${record.get(name)})`);
    }
    // graph structures only travel server -> client
    const graph = await single(driver,
      "CREATE p = (a:Person {name: 'Ann'})-[r:KNOWS {since: 2020}]->(b:Person {name: 'Bob'}) RETURN a, r, b, p");
    const [a, r, b, p] = ['a', 'r', 'b', 'p'].map(k => graph.get(k));
    check(a.labels[0] === 'Person' && a.properties.name === 'Ann' && typeof a.elementId === 'string', 'node');
    check(r.type === 'KNOWS' && r.properties.since.toNumber() === 2020, 'relationship');
    check(r.startNodeElementId === a.elementId && r.endNodeElementId === b.elementId, 'relationship ends');
    check(p.length === 1 && p.start.elementId === a.elementId && p.end.elementId === b.elementId, 'path');
    check(p.segments[0].relationship.elementId === r.elementId, 'path relationship');
    return `${names.length} parameter types and node, relationship, path`;
  },

  async 'large-result'(driver) {
    const session = driver.session({ fetchSize: 100 });
    try {
      let rows = 0;
      let sum = 0;
      // a 100 000-item list parameter (a multi-chunk message) streamed back 100 rows per PULL
      const xs = Array.from({ length: 100000 }, (_, i) => neo4j.int(i + 1));
      const result = session.run('UNWIND $xs AS x RETURN x', { xs });
      for await (const record of result) {
        rows++;
        sum += record.get('x').toNumber();
      }
      check(rows === 100000 && sum === 5000050000, `all rows arrive (rows=${rows})`);
      return `rows=${rows} sum=${sum}`;
    } finally {
      await session.close();
    }
  },

  async 'transactions'(driver) {
    const before = await count(driver);
    const session = driver.session();
    try {
      const tx = await session.beginTransaction();
      await tx.run('CREATE (:Item {id: $id})', { id: neo4j.int(1) });
      await tx.run('CREATE (:Item {id: $id})', { id: neo4j.int(2) });
      await tx.commit();
      const committed = await count(driver);
      const rolledBack = await session.beginTransaction();
      await rolledBack.run('CREATE (:Item {id: $id})', { id: neo4j.int(3) });
      await rolledBack.rollback();
      const after = await count(driver);
      check(committed === before + 2, `commit makes writes visible (${before} -> ${committed})`);
      check(after === committed, `rollback discards writes (${committed} -> ${after})`);
      const managed = await session.executeWrite(async t => {
        const result = await t.run('CREATE (:Item {id: $id})', { id: neo4j.int(4) });
        return result.summary.counters.updates().nodesCreated;
      });
      check(managed === 1, 'executeWrite reports one node created');
      return `committed=${committed - before} rolledBack=1 managed=${managed}`;
    } finally {
      await session.close();
    }
  },

  async 'bookmarks'(driver) {
    const writer = driver.session();
    let bookmarks;
    try {
      await writer.run('CREATE (:Item {id: $id})', { id: neo4j.int(7) });
      bookmarks = writer.lastBookmarks();
    } finally {
      await writer.close();
    }
    check(bookmarks.length === 1 && bookmarks[0].length > 0, 'a write yields a bookmark');
    const reader = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarks });
    try {
      const result = await reader.run('MATCH (n:Item) RETURN count(n) AS c');
      check(result.records[0].get('c').toNumber() >= 1, 'the bookmarked write is visible');
    } finally {
      await reader.close();
    }
    return `bookmark=${bookmarks[0]}`;
  },

  async 'syntax-error'(driver) {
    try {
      await single(driver, 'RETRUN 1');
      throw new Error('a syntax error was accepted');
    } catch (error) {
      check(error instanceof neo4j.Neo4jError, 'error is a Neo4jError');
      return `code=${error.code}`;
    }
  },

  async 'read-session-write'(driver) {
    try {
      await single(driver, 'CREATE (:Item {id: $id})', { id: neo4j.int(9) }, neo4j.session.READ);
      throw new Error('a write in a read session was accepted');
    } catch (error) {
      check(error instanceof neo4j.Neo4jError, 'error is a Neo4jError');
      return `code=${error.code}`;
    }
  },

  async 'concurrent-sessions'(driver) {
    const work = Array.from({ length: 50 }, async (_, i) => {
      const session = driver.session({ fetchSize: 50 });
      try {
        const echo = await session.run('RETURN $i AS i', { i: neo4j.int(i) });
        check(echo.records[0].get('i').toNumber() === i, `session ${i} sees its own parameter`);
        const xs = Array.from({ length: 1000 }, (_, k) => neo4j.int(k));
        const rows = await session.run('UNWIND $xs AS x RETURN x', { xs });
        check(rows.records.length === 1000, `session ${i} gets all rows`);
        return 1;
      } finally {
        await session.close();
      }
    });
    const done = (await Promise.all(work)).reduce((a, b) => a + b, 0);
    return `sessions=${done}`;
  },

  async 'routing'() {
    const routed = connect({ uri: uri.replace(/^bolt:/, 'neo4j:') });
    try {
      await single(routed, 'CREATE (:Item {id: $id})', { id: neo4j.int(11) });
      const read = await single(routed, 'MATCH (n:Item) RETURN count(n) AS c', {}, neo4j.session.READ);
      return `read=${read.get('c').toNumber()}`;
    } finally {
      await routed.close();
    }
  },
};

const name = process.argv[2];
const scenario = scenarios[name];
if (!scenario) {
  console.error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
const driver = connect();
try {
  const facts = await scenario(driver);
  console.log(`OK ${name} ${facts}`);
  await driver.close();
  process.exit(0);
} catch (error) {
  console.error(`FAILED ${name}: ${error.code ?? ''} ${error.stack ?? error}`);
  await driver.close();
  process.exit(1);
}
