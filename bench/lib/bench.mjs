// Helper of bench/run.sh, run with the Node 22 binary installed in bench/work/.
//   bench.mjs bodies VARS.json OUTDIR            writes OUTDIR/<shape>.<server>.json, the POST bodies wrk sends
//   bench.mjs check VARS.json OUTDIR ENTENTE_URL POSTGRAPHILE_URL
//                                                fetches every shape from both servers, normalizes both answers
//                                                and compares them; exits 1 on any error or difference
//   bench.mjs slices SLICES.jsonl SHAPE SERVER CONNECTIONS EXACT CLK_TCK
//                                                prints one server's timed slices of a shape combined into the
//                                                row the report reads
//   bench.mjs report RESULTS.jsonl META.json OUT.md [--quick]
//                                                prints the table, writes OUT.md; with --quick, exits 1 when a
//                                                server had errors or Entente exceeded a shape's statement bound
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { SHAPES, SERVERS, bodyOf } from "./shapes.mjs";

const [command, ...args] = process.argv.slice(2);

if (command === "bodies") {
  const [varsFile, outDir] = args;
  const vars = JSON.parse(readFileSync(varsFile, "utf8"));
  for (const shape of SHAPES) {
    for (const server of SERVERS) {
      writeFileSync(join(outDir, `${shape.name}.${server}.json`), bodyOf(shape, server, vars));
    }
  }
} else if (command === "check") {
  process.exitCode = (await check(...args)) ? 0 : 1;
} else if (command === "slices") {
  console.log(JSON.stringify(combineSlices(...args)));
} else if (command === "report") {
  process.exitCode = report(...args) ? 0 : 1;
} else {
  console.error("usage: bench.mjs bodies|check|slices|report ...");
  process.exitCode = 2;
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (response.status !== 200 || json.errors || json.data == null) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 1000)}`);
  }
  return json.data;
}

/** The path and both values of the first place where a and b differ, or null when they are equal. */
function firstDifference(a, b, path = "$") {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : { path: `${path}.length`, entente: a.length, postgraphile: b.length };
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : { path, entente: a, postgraphile: b };
}

async function check(varsFile, outDir, ententeUrl, postgraphileUrl) {
  const vars = JSON.parse(readFileSync(varsFile, "utf8"));
  const urls = { entente: ententeUrl, postgraphile: postgraphileUrl };
  let ok = true;
  for (const shape of SHAPES) {
    const normalized = {};
    try {
      for (const server of SERVERS) {
        const data = await post(urls[server], bodyOf(shape, server, vars));
        writeFileSync(join(outDir, `${shape.name}.${server}.response.json`), JSON.stringify(data, null, 1));
        normalized[server] = shape.normalize[server](data);
        writeFileSync(join(outDir, `${shape.name}.${server}.normalized.json`), JSON.stringify(normalized[server], null, 1));
      }
    } catch (e) {
      console.error(`EQUIVALENCE ${shape.id} (${shape.name}): a server failed: ${e.message}`);
      ok = false;
      continue;
    }
    const difference = firstDifference(normalized.entente, normalized.postgraphile);
    const size = shape.size(normalized.entente);
    if (difference) {
      console.error(`EQUIVALENCE ${shape.id} (${shape.name}): DIFFERENT at ${difference.path}:`
        + ` entente=${JSON.stringify(difference.entente)} postgraphile=${JSON.stringify(difference.postgraphile)}`
        + ` (normalized answers in ${outDir}/${shape.name}.*.normalized.json)`);
      ok = false;
    } else if (size === 0) {
      console.error(`EQUIVALENCE ${shape.id} (${shape.name}): both answers are empty; the shape measures nothing`
        + ` at this scale (variables ${JSON.stringify(shape.variables(vars))})`);
      ok = false;
    } else {
      console.log(`equivalence ${shape.id} (${shape.name}): same answer from both servers (${size} items, `
        + `${JSON.stringify(normalized.entente).length} bytes normalized)`);
    }
  }
  return ok;
}

/**
 * One server's slices of a shape's timed run as one row. Counts, durations and CPU times add up. The latencies
 * come from wrk's percentiles per slice, whose histograms are not kept: p50 is the slices' medians averaged,
 * weighted by their requests; p99 is the highest slice's p99, which the whole run's cannot exceed (no slice has
 * more than 1% of its requests above it).
 */
function combineSlices(slicesFile, shape, server, connections, exact, hz) {
  const slices = readFileSync(slicesFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l))
    .filter((s) => s.server === server);
  if (!slices.length) throw new Error(`no slices of ${shape} for ${server} in ${slicesFile}`);
  const sum = (f) => slices.reduce((total, s) => total + f(s), 0);
  const requests = sum((s) => s.requests);
  const durationUs = sum((s) => s.duration_us);
  const cpu = sum((s) => s.cpu_ticks);
  const pg = slices.some((s) => s.pg_ticks == null) ? null : sum((s) => s.pg_ticks);
  const wrk = sum((s) => s.wrk_ticks);
  return {
    shape, server, slices: slices.length, seconds: durationUs / 1e6,
    requests, duration_us: durationUs, bytes: sum((s) => s.bytes),
    non2xx: sum((s) => s.non2xx), error_bodies: sum((s) => s.error_bodies), socket_errors: sum((s) => s.socket_errors),
    rps: requests / (durationUs / 1e6),
    slice_rps: slices.map((s) => s.requests / (s.duration_us / 1e6)),
    p50_ms: sum((s) => s.p50_us * s.requests) / requests / 1000,
    p99_ms: Math.max(...slices.map((s) => s.p99_us)) / 1000,
    max_ms: Math.max(...slices.map((s) => s.max_us)) / 1000,
    mean_ms: sum((s) => s.mean_us * s.requests) / requests / 1000,
    statements_exact: Number(exact),
    // wrk counts completed requests; the server also finishes the one in flight on each connection, in each slice
    statements_under_load: sum((s) => s.statements) / (requests + Number(connections) * slices.length),
    rss_start_mb: slices[0].rss_start_kb / 1024, rss_max_mb: Math.max(...slices.map((s) => s.rss_max_kb)) / 1024,
    cpu_s: cpu / hz, pg_cpu_s: pg == null ? null : pg / hz, wrk_cpu_s: wrk / hz,
    // all CPUs' busy time during the slices, less the server, its backends and wrk: other processes
    other_cpu_s: (sum((s) => s.busy_ticks) - cpu - (pg ?? 0) - wrk) / hz,
  };
}

function fmt(x, digits = 0) {
  return x == null || Number.isNaN(x) ? "–" : x.toFixed(digits);
}

function ratio(a, b) {
  return a && b ? `${(a / b).toFixed(2)}x` : "–";
}

function report(resultsFile, metaFile, outFile, ...flags) {
  const quick = flags.includes("--quick");
  const meta = JSON.parse(readFileSync(metaFile, "utf8"));
  const rows = readFileSync(resultsFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const get = (shape, server) => rows.find((r) => r.shape === shape.name && r.server === server);
  const problems = [];

  const head = [];
  head.push("| shape | requests/s Entente / PostGraphile | p99 PostGraphile / Entente | p50 PostGraphile / Entente |");
  head.push("|---|---|---|---|");
  for (const shape of SHAPES) {
    const e = get(shape, "entente");
    const p = get(shape, "postgraphile");
    if (!e || !p) continue;
    head.push(`| ${shape.id}. ${shape.name} | **${ratio(e.rps, p.rps)}** | **${ratio(p.p99_ms, e.p99_ms)}** | ${ratio(p.p50_ms, e.p50_ms)} |`);
  }

  const table = [];
  table.push("| shape | server | requests/s | requests/s per slice | p50 ms | p99 ms | requests | errors (non-2xx / \"errors\" / socket) "
    + "| SQL statements per request (exact / under load) | RSS MB (start / max) | server CPU s (% of one core) "
    + "| its PostgreSQL backends' CPU s | CPU s of wrk / of other processes |");
  table.push("|---|---|---:|---|---:|---:|---:|---|---|---|---|---:|---|");
  for (const shape of SHAPES) {
    for (const server of SERVERS) {
      const r = get(shape, server);
      if (!r) continue;
      const errors = r.non2xx + r.error_bodies + r.socket_errors;
      table.push(`| ${shape.id}. ${shape.name} | ${server} | ${fmt(r.rps, 1)} | ${(r.slice_rps ?? []).map((x) => fmt(x)).join(" / ")} `
        + `| ${fmt(r.p50_ms, 2)} | ${fmt(r.p99_ms, 2)} `
        + `| ${r.requests} | ${errors === 0 ? "0" : `**${r.non2xx} / ${r.error_bodies} / ${r.socket_errors}**`} `
        + `| ${fmt(r.statements_exact, 2)} / ${fmt(r.statements_under_load, 2)} `
        + `| ${fmt(r.rss_start_mb)} / ${fmt(r.rss_max_mb)} | ${fmt(r.cpu_s, 1)} (${fmt(100 * r.cpu_s / r.seconds)}%) `
        + `| ${fmt(r.pg_cpu_s, 1)} | ${fmt(r.wrk_cpu_s, 1)} / ${fmt(Math.max(0, r.other_cpu_s), 1)} |`);
      if (errors > 0) problems.push(`${shape.name} on ${server}: ${r.non2xx} non-2xx, ${r.error_bodies} answers with "errors", ${r.socket_errors} socket errors`);
      if (server === "entente" && !(r.statements_exact <= shape.bound)) {
        problems.push(`${shape.name} on entente: ${fmt(r.statements_exact, 2)} SQL statements per request, bound ${shape.bound}`);
      }
    }
  }

  const md = [];
  md.push("# Entente vs PostGraphile: benchmark results");
  md.push("");
  md.push(`Generated by \`bench/run.sh\` on ${meta.date}. Command: \`${meta.command}\``);
  md.push("");
  md.push("## Headline: Entente / PostGraphile");
  md.push("");
  md.push("Higher is better for Entente in every column (requests/s ratio = Entente's throughput over PostGraphile's; "
    + "latency ratios = PostGraphile's latency over Entente's).");
  md.push("");
  md.push(...head);
  md.push("");
  md.push("## Per shape and server");
  md.push("");
  md.push(`Load: wrk, ${meta.connections} connections, ${meta.threads} threads, ${meta.duration} s per shape and server`
    + (meta.slices && Number(meta.slices) > 1
      ? ` in ${meta.slices} slices of ${meta.slice_seconds} s, the servers taking turns and the one going first alternating `
        + "(p50: the slices' medians averaged, weighted by requests; p99: the highest slice's, an upper bound of the whole "
        + "run's), "
      : ", ")
    + (meta.warmup_entente
      ? `after a warm-up per server of rounds of every shape, ${meta.warmup_round} s each, until no shape's rate rose by more `
        + `than 10% over its best earlier round (at least ${meta.warmup_min ?? 0} s, at most ${meta.warmup} s): `
        + `Entente ${meta.warmup_entente}, `
        + `PostGraphile ${meta.warmup_postgraphile}; `
      : `after a warm-up of ${meta.warmup} s per server; `)
    + `both servers' pools: ${meta.pool} connections. `
    + "SQL statements per request: pg_stat_statements calls in the bench database, exact = over "
    + `${meta.probe} sequential requests, under load = during the timed run divided by the requests wrk completed plus `
    + "the one in flight on each connection when it stopped (in each slice). "
    + "CPU: user + system time during the run of the server process, of the PostgreSQL backends serving it, of wrk, "
    + `and of everything else on the machine (other processes: a busy machine distorts the timings; ${meta.cpus} CPUs `
    + `give ${meta.cpus} CPU seconds per second).`);
  md.push("");
  md.push(...table);
  md.push("");
  md.push("## Set-up");
  md.push("");
  md.push(`- Machine: ${meta.machine}; load average (1, 5, 15 min) ${meta.load}`);
  md.push(`- Versions: ${meta.versions}`);
  md.push(`- Data: scale ${meta.scale}, database \`${meta.database}\`: ${meta.counts}`);
  md.push(`- Variables: ${meta.variables}`);
  md.push("- Shapes: the documents are in `bench/shapes/`; both servers' answers were checked equivalent before "
    + "timing (`bench/lib/bench.mjs check`). Differences in what the two documents ask are listed in bench/README.md.");
  md.push("");
  const text = md.join("\n");

  if (outFile !== "-") {
    // Keep anything written around the generated part (notes on changes and their effect, profiles).
    const begin = "<!-- bench/run.sh: begin -->";
    const end = "<!-- bench/run.sh: end -->";
    let out = `${begin}\n${text}${end}\n`;
    if (existsSync(outFile)) {
      const old = readFileSync(outFile, "utf8");
      const i = old.indexOf(begin);
      const j = old.indexOf(end);
      if (i >= 0 && j > i) out = old.slice(0, i) + out + old.slice(j + end.length + 1);
    }
    writeFileSync(outFile, out);
  }

  console.log(head.join("\n"));
  console.log("");
  console.log(table.join("\n"));
  if (quick) {
    if (problems.length) {
      console.error("\nQUICK MODE FAILED:\n  " + problems.join("\n  "));
      return false;
    }
    console.log("\nquick mode: no errors; Entente within the SQL statement bound on every shape ("
      + SHAPES.map((s) => `${s.id} <= ${s.bound}`).join(", ") + ")");
  } else if (problems.length) {
    console.error("\nNote:\n  " + problems.join("\n  "));
  }
  return true;
}
