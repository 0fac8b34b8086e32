// Benchmark (prints numbers, asserts nothing): the official JS driver against a Bolt server.
// Usage: node bench.mjs; environment BOLT_URI, BOLT_USER, BOLT_PASSWORD, BENCH_ROWS_QUERY (optional).
import neo4j from 'neo4j-driver';

const uri = process.env.BOLT_URI ?? 'bolt://127.0.0.1:7687';
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.BOLT_USER ?? 'neo4j', process.env.BOLT_PASSWORD ?? ''));
const rowsQuery = process.env.BENCH_ROWS_QUERY ?? 'UNWIND range(1, 1000000) AS x RETURN x';
// Engines without range() get the rows as a list parameter instead (BENCH_ROWS_QUERY='UNWIND $xs AS x RETURN x').
const rowsParams = rowsQuery.includes('$xs') ? { xs: Array.from({ length: 1000000 }, (_, i) => neo4j.int(i + 1)) } : {};

async function roundTrips(count) {
  const session = driver.session();
  try {
    for (let i = 0; i < 200; i++) await session.run('RETURN 1'); // warm-up
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await session.run('RETURN 1');
    return count / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    await session.close();
  }
}

async function streamRows(fetchSize) {
  const session = driver.session({ fetchSize });
  try {
    const started = process.hrtime.bigint();
    let rows = 0;
    await new Promise((resolve, reject) => {
      session.run(rowsQuery, rowsParams).subscribe({ onNext: () => { rows++; }, onCompleted: resolve, onError: reject });
    });
    return { rows, perSecond: rows / (Number(process.hrtime.bigint() - started) / 1e9) };
  } finally {
    await session.close();
  }
}

try {
  const rt = await roundTrips(3000);
  const stream = await streamRows(1000);
  console.log(JSON.stringify({ client: 'neo4j-driver 6.3.0 (node ' + process.version + ')', returnOnePerSecond: Math.round(rt),
    rows: stream.rows, rowsPerSecond: Math.round(stream.perSecond) }));
} finally {
  await driver.close();
}
