#!/usr/bin/env python3
"""Reporting at scale: as-of aging over 1,000,000 open invoices, against the ERP way, and a full projection rebuild.

Needs the platform running (deploy/local/up, or deploy/local/{postgres,kafka,services}-up). In one run:
  1. generates CUSTOMERS CustomerRegistered and INVOICES InvoiceIssued events (plus a partial PaymentApplied on
     PAYMENT_SHARE of them) onto the real topics, with the envelopes the relays write, and the same invoices and
     payments as plain rows in database benchraw (COPY); skipped when benchraw already holds this exact data set;
  2. waits until reporting has folded both topics (checkpoints vs topic end offsets), timing the live catch-up;
  3. QUERIES x GET /api/v1/aging?groupBy=region&asOf=D for D = business date and a year before (warm-up excluded; the
     first warm-up, which builds the month-end snapshot, is reported apart), and ITEM_BY_ITEM_QUERIES x the same with
     itemType=INVOICE, which the service sums item by item;
  4. the same aging as a plain SQL GROUP BY over the raw tables, QUERIES x each date, through psql with \\timing;
  5. checks that both give the same amounts per region, currency and bucket (a mismatch fails the run, loudly);
  6. EXPLAIN (ANALYZE, BUFFERS) of the item-by-item aging statement (read from FindAging.java) for both dates;
  7. Kafka's ConsumerPerformance on ledgerline.receivables.events, then a full rebuild of reporting.aging through
     the admin API (events/s), and the aging check again on the rebuilt version.
Standard library only; prints the report and writes bench/results/reporting-at-scale.md.
"""
import datetime, decimal, glob, json, os, re, statistics, subprocess, sys, time, urllib.error, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CUSTOMERS = int(os.environ.get("CUSTOMERS", "20000"))
INVOICES = int(os.environ.get("INVOICES", "1000000"))
PAYMENT_SHARE = os.environ.get("PAYMENT_SHARE", "0.30")
SEED = int(os.environ.get("SEED", "42"))
QUERIES = int(os.environ.get("QUERIES", "50"))
WARMUP = int(os.environ.get("WARMUP", "3"))
ITEM_BY_ITEM_QUERIES = int(os.environ.get("ITEM_BY_ITEM_QUERIES", "5"))
REBUILD = os.environ.get("REBUILD", "1") != "0"
REPORTING = "http://localhost:8085"
PG = ["psql", "-h", "127.0.0.1", "-p", "5433", "-X", "-v", "ON_ERROR_STOP=1"]
GENERATION = os.path.join(HERE, "target", "generation.json")   # the loading figures, for reruns that skip generation
KAFKA_LIBS = os.path.join(ROOT, ".run", "kafka", "libs")
RECEIVABLES_TOPIC = "ledgerline.receivables.events"
CUSTOMER_TOPIC = "ledgerline.customer.events"
THRESHOLDS = "{1,31,61,91}"        # the service's default buckets current, 1-30, 31-60, 61-90, 90+ (AgingBuckets.thresholds)
LABELS = ["current", "1-30", "31-60", "61-90", "90+"]
CURRENCIES = ["CHF", "GBP", "JPY", "SEK"]   # Dataset.CURRENCIES: none of them is in the demo data
TARGET_AGING_P95_MS = 120
TARGET_REBUILD_EPS = 100_000
TARGET_REBUILD_SHARE = 0.25

commands = []   # what ran, for the report


def log(message):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)


def run(args, env=None, record=True, **kwargs):
    if record:
        commands.append(" ".join(args) if isinstance(args, list) else args)
    return subprocess.run(args, env=dict(os.environ, **(env or {})), check=True, capture_output=True, text=True, **kwargs).stdout


def psql(database, sql, user="ledgerline", fmt="-qAt"):
    return subprocess.run(PG + ["-U", user, "-d", database, fmt, "-c", sql], check=True, capture_output=True, text=True,
                          env=dict(os.environ, PGPASSWORD="ledgerline")).stdout


def token(role):
    return subprocess.check_output([os.path.join(ROOT, "deploy/local/token"), role]).decode().strip()


def http(method, path, token_value, timeout=600):
    request = urllib.request.Request(REPORTING + path, method=method, data=b"" if method == "POST" else None,
                                     headers={"Authorization": "Bearer " + token_value, "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


loads = []   # (phase, 1-minute load average at its end): other work on the machine shows here


def load(phase):
    loads.append((phase, open("/proc/loadavg").read().split()[0]))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def stats(values):
    return {"n": len(values), "p50": statistics.median(values), "p95": percentile(values, 95), "max": max(values),
            "min": min(values)}


def kafka_java(args, heap="512m"):
    return ["java", "-Xmx" + heap, "-Dlog4j2.configurationFile=" + os.path.join(ROOT, "deploy/local/kafka/log4j2-tools.xml"),
            "-cp", os.path.join(KAFKA_LIBS, "*")] + args


# --- machine --------------------------------------------------------------------------------------------------------

def machine():
    mem = next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1]
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    kafka = [os.path.basename(j) for j in glob.glob(os.path.join(KAFKA_LIBS, "kafka_2.13-*.jar")) if "test" not in j]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(int(mem) / 1024 / 1024, 1), "java": java,
            "postgres": psql("reporting", "SHOW server_version").strip(),
            "kafka": kafka[0].replace("kafka_2.13-", "").replace(".jar", "") if kafka else "?",
            "disk_free": subprocess.run(["df", "-h", "--output=avail", ROOT], capture_output=True, text=True).stdout.split()[-1]}


# --- data -----------------------------------------------------------------------------------------------------------

def existing_run():
    if psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'benchraw'", user="postgres").strip() != "1":
        run(PG + ["-U", "postgres", "-d", "postgres", "-qAt", "-c", "CREATE DATABASE benchraw OWNER ledgerline"])
        return None
    if psql("benchraw", "SELECT to_regclass('bench_run') IS NOT NULL").strip() != "t":
        return None
    row = psql("benchraw", "SELECT seed, customers, invoices, payment_share, business_date, customer_events, receivables_events "
                           "FROM bench_run").strip()
    seed, customers, invoices, share, business_date, customer_events, receivables_events = row.split("|")
    return {"seed": int(seed), "customers": int(customers), "invoices": int(invoices), "share": float(share),
            "business_date": business_date, "customer_events": int(customer_events), "receivables_events": int(receivables_events)}


def build_generator():
    pom = os.path.join(HERE, "pom.xml")
    try:
        run(["mvn", "-q", "-B", "-o", "-f", pom, "package"])
    except subprocess.CalledProcessError:
        run(["mvn", "-q", "-B", "-f", pom, "package"])


def generate(phase, business_date):
    classpath = os.path.join(HERE, "target", "classes") + ":" + os.path.join(HERE, "target", "lib", "*")
    out = run(["java", "-Xmx1g", "-cp", classpath, "io.ledgerline.bench.reporting.Generate", phase],
              env={"CUSTOMERS": str(CUSTOMERS), "INVOICES": str(INVOICES), "PAYMENT_SHARE": PAYMENT_SHARE, "SEED": str(SEED),
                   "BUSINESS_DATE": business_date})
    commands[-1] = "CUSTOMERS=%d INVOICES=%d PAYMENT_SHARE=%s SEED=%d BUSINESS_DATE=%s %s" % (
        CUSTOMERS, INVOICES, PAYMENT_SHARE, SEED, business_date, commands[-1])
    figures = dict(line.split("=", 1) for line in out.splitlines() if "=" in line and not line.startswith("settings"))
    log("generator %s: %s" % (phase, figures))
    return figures


def end_offsets(topic):
    out = run(kafka_java(["org.apache.kafka.tools.GetOffsetShell", "--bootstrap-server", "127.0.0.1:9092", "--topic", topic],
                         heap="256m"), record=False)
    return sum(int(line.rsplit(":", 1)[1]) for line in out.split() if line.count(":") == 2)


def serving_key(projection):
    version = psql("reporting", "SELECT serving_version FROM projection_version WHERE projection = '%s'" % projection).strip()
    return projection if version in ("", "1") else "%s@v%s" % (projection, version)


def folded(projection, topic):
    out = psql("reporting", "SELECT COALESCE(sum(next_offset), 0) FROM projection_checkpoint WHERE projection = '%s' AND topic = '%s'"
               % (serving_key(projection), topic))
    return int(out.strip())


def wait_folded(projection, topic, end, since):
    last = -1
    while True:
        done = folded(projection, topic)
        if done >= end:
            return time.perf_counter() - since
        if done != last:
            log("  %s: %d of %d offsets folded" % (projection, done, end))
            last = done
        time.sleep(2)


# --- aging: service and raw SQL ---------------------------------------------------------------------------------------

def service_aging(finance, as_of):
    """Timed aging queries; the first one (a warm-up) may build the month-end snapshot it needs and is kept apart."""
    timings = []
    report = None
    cold = None
    for i in range(WARMUP + QUERIES):
        started = time.perf_counter()
        report = http("GET", "/api/v1/aging?groupBy=region&asOf=%s" % as_of, finance)
        elapsed = (time.perf_counter() - started) * 1000
        if i == 0:
            cold = elapsed
        if i >= WARMUP:
            timings.append(elapsed)
    item_by_item = []
    for _ in range(ITEM_BY_ITEM_QUERIES):
        started = time.perf_counter()
        http("GET", "/api/v1/aging?groupBy=region&itemType=INVOICE&asOf=%s" % as_of, finance)
        item_by_item.append((time.perf_counter() - started) * 1000)
    cells = {}
    for row in report["rows"]:
        if row["currency"] in CURRENCIES:
            for label, amount in row["amounts"].items():
                cells[(row["key"], row["currency"], label)] = amount
    return timings, cells, cold, item_by_item


def raw_sql(as_of):
    """The ERP way: open amount as of D = amount - payments on or before D, of invoices issued on or before D."""
    return ("SELECT i.region, i.currency, width_bucket(DATE '{d}' - i.due_date, '{t}'::int[]) AS bucket, "
            "sum(i.amount - COALESCE(p.paid, 0)) AS open "
            "FROM erp_invoice i "
            "LEFT JOIN (SELECT invoice_id, sum(amount) AS paid FROM erp_payment WHERE paid_on <= DATE '{d}' GROUP BY invoice_id) p "
            "ON p.invoice_id = i.invoice_id "
            "WHERE i.issue_date <= DATE '{d}' AND i.amount - COALESCE(p.paid, 0) > 0 "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").format(d=as_of, t=THRESHOLDS)


def raw_aging(as_of):
    sql = raw_sql(as_of)
    script = "\\timing on\n\\o /dev/null\n" + (sql + ";\n") * (WARMUP + QUERIES)
    out = subprocess.run(PG + ["-U", "ledgerline", "-d", "benchraw", "-q"], input=script, check=True, capture_output=True,
                         text=True, env=dict(os.environ, PGPASSWORD="ledgerline")).stdout
    timings = [float(m) for m in re.findall(r"Time: ([0-9.]+) ms", out)][WARMUP:]
    assert len(timings) == QUERIES, out[-2000:]
    cells = {}
    for line in psql("benchraw", sql).splitlines():
        region, currency, bucket, amount = line.split("|")
        cells[(region, currency, LABELS[int(bucket)])] = minor_unit(amount, currency)
    return timings, cells


def minor_unit(amount, currency):
    """As the service shows amounts: in the currency's minor unit, half even."""
    exponent = decimal.Decimal("1") if currency == "JPY" else decimal.Decimal("0.01")
    return str(decimal.Decimal(amount).quantize(exponent, rounding=decimal.ROUND_HALF_EVEN))


def compare(service, raw):
    """Every cell with money in it on either side must carry the same amount (service rounds to the minor unit)."""
    mismatches = []
    for cell in sorted(set(service) | set(raw)):
        s, r = service.get(cell), raw.get(cell)
        zero = lambda v: v is None or decimal.Decimal(v) == 0
        if zero(s) and zero(r):
            continue
        if s is None or r is None or decimal.Decimal(s) != decimal.Decimal(r):
            mismatches.append((cell, s, r))
    nonzero = sum(1 for v in raw.values() if decimal.Decimal(v) != 0)
    return mismatches, nonzero


def totals(cells):
    by_currency = {}
    for (region, currency, label), amount in cells.items():
        by_currency[currency] = by_currency.get(currency, decimal.Decimal(0)) + decimal.Decimal(amount)
    return {c: str(v) for c, v in sorted(by_currency.items())}


# --- EXPLAIN of the service's statement -------------------------------------------------------------------------------

def service_statement(as_of):
    """FindAging's AGED + QUERY text blocks, formatted and bound as FindAging does for groupBy=region, basis=due."""
    source = open(os.path.join(ROOT, "reporting-service/reporting-app/src/main/java/io/ledgerline/reporting/aging/FindAging.java")).read()
    aged = re.search(r'static final String AGED = """\n(.*?)""";', source, re.S).group(1)
    query = re.search(r'String QUERY = AGED \+ """\n(.*?)""";', source, re.S).group(1)
    group_by = open(os.path.join(ROOT, "reporting-service/reporting-app/src/main/java/io/ledgerline/reporting/aging/GroupBy.java")).read()
    if 'REGION("region", dimension("c.region"))' not in group_by:
        raise ValueError("GroupBy.REGION changed")
    region = "CASE WHEN c.customer_id IS NULL THEN '(unknown)' ELSE COALESCE(NULLIF(c.region, ''), '(none)') END"
    sql = (aged + query).replace("%1$s", region).replace("%2$s", "i.due_date")
    for value in ("'%s'" % as_of, "'%s'" % THRESHOLDS, "NULL", "NULL"):
        sql = sql.replace("?", value, 1)
    if "?" in sql:
        raise ValueError("FindAging binds more than the four parameters this bench knows")
    return sql


def explain(as_of):
    try:
        sql = service_statement(as_of)
    except (AttributeError, ValueError, OSError) as e:
        return None, "could not read the statement from FindAging.java: %s" % e
    plan = psql("reporting", "EXPLAIN (ANALYZE, BUFFERS) " + sql, fmt="-qAt")
    return sql, plan


# --- Kafka raw consume rate and rebuild -------------------------------------------------------------------------------

def consumer_performance(records):
    group = "bench-raw-%d" % int(time.time())
    out = run(kafka_java(["org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", "127.0.0.1:9092",
                          "--topic", RECEIVABLES_TOPIC, "--num-records", str(records), "--group", group, "--timeout", "60000"],
                         heap="1g"))
    lines = [line for line in out.splitlines() if line.strip()]
    header = [h.strip() for h in lines[-2].split(",")]
    values = [v.strip() for v in lines[-1].split(",")]
    return dict(zip(header, values)), out


def rebuild(ops):
    started = time.perf_counter()
    view = http("POST", "/api/v1/admin/projections/reporting.aging/rebuilds", ops)
    commands.append("curl -X POST -H 'Authorization: Bearer $(deploy/local/token ops)' "
                    "localhost:8085/api/v1/admin/projections/reporting.aging/rebuilds   (then GET statusUrl every 0.5 s)")
    last = None
    while view["state"] == "BUILDING":
        time.sleep(0.5)
        view = http("GET", view["statusUrl"], ops)
        if last is None or time.perf_counter() - last > 15:
            log("  rebuild v%d: %s, %d events done, %s behind, %s events/s" % (
                view["version"], view["state"], view["eventsDone"], view["eventsBehind"], view["eventsPerSecond"]))
            last = time.perf_counter()
    view["wall_seconds"] = time.perf_counter() - started
    return view


# --- main -----------------------------------------------------------------------------------------------------------

def main():
    log("machine")
    box = machine()
    finance, ops = token("finance"), token("ops")
    http("GET", "/api/v1/admin/projections", ops)   # fails early when reporting is not up

    wanted = {"seed": SEED, "customers": CUSTOMERS, "invoices": INVOICES, "share": float(PAYMENT_SHARE)}
    previous = existing_run()
    gen = {}
    if previous and {k: previous[k] for k in wanted} == wanted:
        business_date = previous["business_date"]
        log("benchraw already holds this data set (business date %s): not generating again" % business_date)
        gen = {"kafka_customer_events": previous["customer_events"], "kafka_receivables_events": previous["receivables_events"]}
        if os.path.exists(GENERATION):
            saved = json.load(open(GENERATION))
            if saved.get("wanted") == wanted:
                gen = saved
    elif previous:
        sys.exit("ERROR: benchraw holds another data set %s; the topics hold its events too. Start from a clean platform "
                 "(deploy/local/down; rm -rf .run; deploy/local/up) or rerun with those parameters." % previous)
    else:
        business_date = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
        log("building the generator")
        build_generator()
        log("publishing %d customers and %d invoices (+%s paid in part) to Kafka" % (CUSTOMERS, INVOICES, PAYMENT_SHARE))
        since = time.perf_counter()
        gen.update(generate("kafka", business_date))
        receivables_end, customers_end = end_offsets(RECEIVABLES_TOPIC), end_offsets(CUSTOMER_TOPIC)
        log("waiting for reporting to fold %d + %d offsets" % (customers_end, receivables_end))
        gen["customers_folded_s"] = wait_folded("reporting.customers", CUSTOMER_TOPIC, customers_end, since)
        gen["aging_folded_s"] = wait_folded("reporting.aging", RECEIVABLES_TOPIC, receivables_end, since)
        gen["receivables_end"] = receivables_end
        log("live fold done %.1f s after the first event was published" % gen["aging_folded_s"])
        log("writing the raw tables (COPY)")
        gen.update(generate("raw", business_date))
        gen["fresh"] = True
        gen["wanted"] = wanted
        gen["generated_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        with open(GENERATION, "w") as f:
            json.dump(gen, f)
    receivables_end, customers_end = end_offsets(RECEIVABLES_TOPIC), end_offsets(CUSTOMER_TOPIC)
    wait_folded("reporting.customers", CUSTOMER_TOPIC, customers_end, time.perf_counter())
    wait_folded("reporting.aging", RECEIVABLES_TOPIC, receivables_end, time.perf_counter())
    counts = psql("reporting", "SELECT (SELECT count(*) FROM open_item), (SELECT count(*) FROM item_movement), "
                               "(SELECT count(*) FROM customer_dimension), pg_size_pretty(pg_database_size('reporting'))").strip().split("|")
    raw_counts = psql("benchraw", "SELECT (SELECT count(*) FROM erp_invoice), (SELECT count(*) FROM erp_payment), "
                                  "pg_size_pretty(pg_database_size('benchraw'))").strip().split("|")

    year_back = (datetime.date.fromisoformat(business_date) - datetime.timedelta(days=365)).isoformat()
    dates = [("today", business_date), ("a year back", year_back)]
    results = {}
    for name, as_of in dates:
        log("aging as of %s: %d service queries" % (as_of, QUERIES))
        load("before the service queries, %s" % name)
        service_ms, service_cells, cold_ms, item_by_item_ms = service_aging(finance, as_of)
        load("after the service queries, %s" % name)
        log("aging as of %s: %d raw SQL queries" % (as_of, QUERIES))
        raw_ms, raw_cells = raw_aging(as_of)
        load("after the raw queries, %s" % name)
        mismatches, nonzero = compare(service_cells, raw_cells)
        if mismatches:
            log("MISMATCH as of %s: %d cells differ, e.g. %s" % (as_of, len(mismatches), mismatches[:5]))
        results[name] = {"as_of": as_of, "service": stats(service_ms), "raw": stats(raw_ms), "mismatches": mismatches,
                         "cold": cold_ms, "item_by_item": stats(item_by_item_ms),
                         "cells": nonzero, "totals": totals(raw_cells), "service_totals": totals(service_cells)}
        log("  service p50 %.1f p95 %.1f ms; raw p50 %.1f p95 %.1f ms; %d cells, %d mismatches" % (
            results[name]["service"]["p50"], results[name]["service"]["p95"], results[name]["raw"]["p50"],
            results[name]["raw"]["p95"], nonzero, len(mismatches)))
    commands.append("GET /api/v1/aging?groupBy=region&asOf=<D>  x %d (+%d warm-up) per date, finance token, sequential" % (QUERIES, WARMUP))
    commands.append("psql -d benchraw with \\timing on, \\o /dev/null, the raw query below x %d (+%d warm-up) per date" % (QUERIES, WARMUP))

    log("EXPLAIN ANALYZE of the item-by-item statement")
    plans = {name: explain(as_of) for name, as_of in dates}
    table_stats = psql("reporting", "SELECT relname, n_live_tup, n_dead_tup, last_analyze, last_autoanalyze, "
                                    "pg_size_pretty(pg_total_relation_size(relid)) FROM pg_stat_user_tables "
                                    "WHERE relname IN ('open_item', 'item_movement', 'item_dispute', 'customer_dimension', 'aging_customer', "
                                    "'aging_delta', 'aging_snapshot', "
                                    "'projection_processed_event', 'projection_checkpoint') ORDER BY relname", fmt="-q")

    consume, rebuilt, after = None, None, {}
    if REBUILD:
        log("Kafka ConsumerPerformance over %d records of %s" % (receivables_end, RECEIVABLES_TOPIC))
        consume, consume_out = consumer_performance(receivables_end)
        log("  %s" % consume)
        log("full rebuild of reporting.aging")
        load("before the rebuild")
        rebuilt = rebuild(ops)
        load("after the rebuild")
        log("  %s" % {k: rebuilt[k] for k in ("state", "version", "eventsDone", "eventsPerSecond", "wall_seconds")})
        for name, as_of in dates:
            cells = service_aging_once(finance, as_of)
            mismatches, _ = compare(cells, raw_aging_cells(as_of))
            after[name] = mismatches
            if mismatches:
                log("MISMATCH after the rebuild as of %s: %d cells differ, e.g. %s" % (as_of, len(mismatches), mismatches[:5]))

    report = write_report(box, gen, counts, raw_counts, dates, results, plans, table_stats, consume, rebuilt, after, business_date)
    print(report)
    bad = any(r["mismatches"] for r in results.values()) or any(after.values())
    return 1 if bad else 0


def service_aging_once(finance, as_of):
    report = http("GET", "/api/v1/aging?groupBy=region&asOf=%s" % as_of, finance)
    return {(row["key"], row["currency"], label): amount for row in report["rows"] if row["currency"] in CURRENCIES
            for label, amount in row["amounts"].items()}


def raw_aging_cells(as_of):
    cells = {}
    for line in psql("benchraw", raw_sql(as_of)).splitlines():
        region, currency, bucket, amount = line.split("|")
        cells[(region, currency, LABELS[int(bucket)])] = minor_unit(amount, currency)
    return cells


def met(ok):
    return "**met**" if ok else "**NOT met**"


def write_report(box, gen, counts, raw_counts, dates, results, plans, table_stats, consume, rebuilt, after, business_date):
    events = int(gen.get("kafka_receivables_events", 0))
    lines = [
        "# Reporting at scale: as-of aging over %s open invoices, local platform, %s" % (
            "{:,}".format(INVOICES), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())),
        "",
        "machine: %d cores (%s), %s GiB RAM, %s; PostgreSQL %s; Kafka %s (one KRaft node); %s disk free" % (
            box["nproc"], box["cpu"], box["ram_gib"], box["java"], box["postgres"], box["kafka"], box["disk_free"]),
        "platform: deploy/local (services with -Xmx512m, PostgreSQL with its default settings, e.g. shared_buffers 128MB,"
        " work_mem 4MB); everything on the same 2 cores, queries run one at a time.",
        "1-minute load average (2 cores; anything above ~2 means other work competed for them): " +
        ", ".join("%s %s" % (phase, value) for phase, value in loads) + ".",
        "",
        "command (the whole run, platform up): `CUSTOMERS=%d INVOICES=%d PAYMENT_SHARE=%s SEED=%d QUERIES=%d python3 bench/reporting-at-scale/bench.py`" % (
            CUSTOMERS, INVOICES, PAYMENT_SHARE, SEED, QUERIES),
        "",
        "data: %s customers (8 regions, 4 customer types, 25 sales owners) and %s invoices issued over the 730 days up to %s"
        " (business date), due after 30/45/60 days, in CHF, GBP, SEK and JPY, %s%% of them paid in part (10-90 %%) between issue"
        " and the business date, so all %s are open on it. Reporting holds %s open items, %s movements, %s customers (database %s);"
        " benchraw holds %s invoices and %s payments (%s)." % (
            "{:,}".format(CUSTOMERS), "{:,}".format(INVOICES), business_date, int(float(PAYMENT_SHARE) * 100),
            "{:,}".format(INVOICES), "{:,}".format(int(counts[0])), "{:,}".format(int(counts[1])), "{:,}".format(int(counts[2])),
            counts[3], "{:,}".format(int(raw_counts[0])), "{:,}".format(int(raw_counts[1])), raw_counts[2]),
        "",
        "## Aging by region, %d queries per date after %d warm-up, sequential" % (QUERIES, WARMUP),
        "",
        "| as of | service GET /api/v1/aging?groupBy=region p50 / p95 / max | raw SQL GROUP BY (\"ERP way\") p50 / p95 / max | service / raw (p50) | same amounts? |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, as_of in dates:
        r = results[name]
        s, w = r["service"], r["raw"]
        lines.append("| %s (%s) | %.0f / **%.0f** / %.0f ms | %.0f / %.0f / %.0f ms | **%.2fx** | %s |" % (
            name, as_of, s["p50"], s["p95"], s["max"], w["p50"], w["p95"], w["max"], s["p50"] / w["p50"],
            "yes, all %d non-empty region x currency x bucket cells" % r["cells"] if not r["mismatches"]
            else "**NO: %d cells differ** (e.g. %s)" % (len(r["mismatches"]), r["mismatches"][:3])))
    worst = max(results[n]["service"]["p95"] for n, _ in dates)
    lines += [
        "",
        "The service answers region aging from the summaries the aging projection keeps (aging_delta, month-end"
        " aging_snapshot built on first use). First query per date, which built the snapshot it needed (a warm-up, not"
        " in the figures above): " + "; ".join("%s %.0f ms" % (name, results[name]["cold"]) for name, _ in dates) + ".",
        "",
        "For comparison, the same report summed item by item (`&itemType=INVOICE` makes the service take that path, as it"
        " does for groupBy=customer, itemType, knownAt and drill-down), %d queries per date, p50 / p95: " % ITEM_BY_ITEM_QUERIES
        + "; ".join("%s %.0f / %.0f ms" % (name, results[name]["item_by_item"]["p50"], results[name]["item_by_item"]["p95"])
                    for name, _ in dates) + ".",
        "",
        "Totals per currency (raw SQL; the service's are identical when the last column says yes): " +
        "; ".join("%s %s" % (name, results[name]["totals"]) for name, _ in dates),
        "",
        "Target aging p95 <= %d ms at 1M open items for any date: worst p95 %.0f ms, %s%s." % (
            TARGET_AGING_P95_MS, worst, met(worst <= TARGET_AGING_P95_MS and INVOICES >= 1_000_000),
            "" if INVOICES >= 1_000_000 else " (this run has only %d invoices)" % INVOICES),
        "",
        "The service time is the HTTP round trip (JWT check, the query through ProjectionReads, JSON). The raw time is psql's"
        " \\timing (client round trip, rows discarded). Raw query (D = the as-of date):",
        "",
        "```sql",
        raw_sql("<D>").replace("DATE '<D>'", "DATE :D"),
        "```",
        "",
    ]
    if gen.get("fresh"):
        pub = float(gen["kafka_publish_seconds"])
        total_events = int(gen["kafka_customer_events"]) + events
        lines += [
            "## Loading (when the data set was generated, %s)" % gen.get("generated_at", "in this run"),
            "",
            "| step | figure |",
            "| --- | --- |",
            "| generator publishing %s CustomerRegistered + %s receivables events (InvoiceIssued + PaymentApplied), acks=all | %.1f s = %.0f events/s |"
            % ("{:,}".format(int(gen["kafka_customer_events"])), "{:,}".format(events), pub, total_events / pub),
            "| live projections folded everything (from the first event published; both topics, reporting.customers then reporting.aging) | %.1f s = %.0f events/s |"
            % (gen["aging_folded_s"], total_events / gen["aging_folded_s"]),
            "| raw baseline: COPY of %s invoice + payment rows into benchraw | %s s = %.0f rows/s (primary key, index and ANALYZE afterwards: %s s) |"
            % ("{:,}".format(int(gen["raw_rows"])), gen["raw_copy_seconds"], int(gen["raw_rows"]) / float(gen["raw_copy_seconds"]),
               gen["raw_index_analyze_seconds"]),
            "",
        ]
    if rebuilt:
        raw_rate = float(consume["nMsg.sec"])
        fetch_rate = float(consume.get("fetch.nMsg.sec", consume["nMsg.sec"]))
        eps = rebuilt["eventsDone"] / rebuilt["wall_seconds"]
        lines += [
            "## Full rebuild of reporting.aging from Kafka, same run",
            "",
            "| measure | value |",
            "| --- | --- |",
            "| raw consume, Kafka ConsumerPerformance, %s records of %s | %s MB in %s s: **%.0f records/s** including the group join (%s MB/s); %.0f records/s fetch time only |"
            % ("{:,}".format(int(consume["data.consumed.in.nMsg"])), RECEIVABLES_TOPIC, consume["data.consumed.in.MB"],
               "%.1f" % ((int(consume["data.consumed.in.nMsg"]) / raw_rate) if raw_rate else 0), raw_rate, consume["MB.sec"], fetch_rate),
            "| rebuild v%d: POST to %s, wall clock | %s events in %.1f s = **%.0f events/s** |" % (
                rebuilt["version"], rebuilt["state"], "{:,}".format(rebuilt["eventsDone"]), rebuilt["wall_seconds"], eps),
            "| the server's own figure (eventsPerSecond: eventsDone / seconds to its last batch) | %s events/s, started %s, finished %s |"
            % (rebuilt["eventsPerSecond"], rebuilt["startedAt"], rebuilt["finishedAt"]),
            "| rebuild / raw consume | **%.3f** (%.3f against the fetch-only rate) |" % (eps / raw_rate, eps / fetch_rate),
            "| aging after the switch equals the raw SQL, both dates | %s |" % (
                "yes" if not any(after.values()) else "**NO**: %s" % {k: v[:3] for k, v in after.items() if v}),
            "",
            "Target rebuild >= %s events/s: %s. Target rebuild >= %.2f of the raw consume rate: %s." % (
                "{:,}".format(TARGET_REBUILD_EPS), met(eps >= TARGET_REBUILD_EPS), TARGET_REBUILD_SHARE, met(eps / raw_rate >= TARGET_REBUILD_SHARE)),
            "",
        ]
    lines += ["## Commands", "", "```"] + commands + ["```", ""]
    lines += ["## Reporting's tables when the queries ran (pg_stat_user_tables, before the rebuild)", "", "```", table_stats.rstrip(), "```", ""]
    for name, as_of in dates:
        sql, plan = plans[name]
        lines += ["## EXPLAIN (ANALYZE, BUFFERS) of the item-by-item aging statement, groupBy=region, as of %s (%s)" % (as_of, name), ""]
        if sql is None:
            lines += [plan, ""]
        else:
            lines += ["Statement: FindAging.AGED + QUERY (the item-by-item path, not the one region aging takes), formatted and bound"
                      " as FindAging does; run with psql on database reporting.", "",
                      "```", plan.rstrip(), "```", ""]
    report = "\n".join(lines)
    results_dir = os.path.join(ROOT, "bench", "results")
    os.makedirs(results_dir, exist_ok=True)
    with open(os.path.join(results_dir, "reporting-at-scale.md"), "w") as f:
        f.write(report + "\n")
    return report


if __name__ == "__main__":
    sys.exit(main())
