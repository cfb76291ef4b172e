#!/usr/bin/env python3
"""collections-service's daily dunning evaluation (POST /api/v1/dunning/runs) over ITEMS open invoices, against the raw
components it stands on, measured in the same run.

Needs the platform up with collections-service's fact-driven evaluation worker and reminder sender off (see README.md:
otherwise the worker evaluates every customer as its invoices fold, before the run, and the run finds nothing due).
In one run:
  1. feeding: ITEMS InvoiceIssued envelopes for CUSTOMERS new customers (BENCH-DUN-<run>-nnnn), published on
     ledgerline.receivables.events the way receivables-service's relay does (same envelope JSON, key = customer id)
     through Kafka's ConsoleProducer; due dates spread around today (see MIX); waits until collections-service's
     receivables projection has folded all of them (receivable_item rows of the run);
  2. raw consume: Kafka's ConsumerPerformance reading ITEMS records of the same topic (fresh group, from the start);
  3. the daily evaluation: POST /api/v1/dunning/runs as of today (finance token), timed; customers evaluated, steps
     reached (from its answer), rows written (exact count(*) of every table of the collections database before and
     after), events/s, CPU seconds of each process, collections-service's RSS and heap before, during (peak) and after;
  4. raw insert: the same number of rows in batches, one multi-row INSERT per batch in its own transaction (as many
     batches as the run had customer transactions that wrote), into a scratch table shaped and indexed like
     dunning_step, in database benchraw on the same PostgreSQL server, through psql; then the same with COPY;
  5. the same POST again the same day: nothing is due any more, the no-op evaluation of every item.
Standard library only; prints the report and writes bench/results/dunning-evaluation.md.
"""
import datetime, importlib.util, json, os, random, re, subprocess, sys, threading, time, urllib.request, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def _bench(name, directory):
    """Another bench's bench.py as a module, for its helpers (as bench/policy-simulation does)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "bench", directory, "bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cc = _bench("credit_check_bench", "credit-check")            # log, load, token, machine
rs = _bench("reporting_at_scale_bench", "reporting-at-scale")  # kafka_java, end_offsets, consumer_performance
log, load, loads, token = cc.log, cc.load, cc.loads, cc.token

ITEMS = int(os.environ.get("ITEMS", "100000"))
CUSTOMERS = int(os.environ.get("CUSTOMERS", "2000"))
SEED = int(os.environ.get("SEED", "42"))
USD_EVERY = int(os.environ.get("USD_EVERY", "10"))   # every n-th invoice in USD, the others in CNY
SAMPLE_EVERY = float(os.environ.get("SAMPLE_EVERY", "10"))   # seconds between thread dumps of the first run (0: none)
TOPIC = "ledgerline.receivables.events"
COLLECTIONS = "http://localhost:8084"
PG = ["psql", "-h", "127.0.0.1", "-p", "5433", "-X", "-v", "ON_ERROR_STOP=1"]
PG_ENV = dict(os.environ, PGPASSWORD="ledgerline")
# an idle PostgreSQL 15 backend flushes its pending statistics within 10 s (PGSTAT_IDLE_INTERVAL): waited before reading them
STATS_FLUSH = 11
# tables the run does not write (other consumers may, meanwhile): left out of "rows written"
NOT_THE_RUN = ("projection_", "receivable_", "customer_grade", "customer_dimension", "dunning_evaluation_due")
# (share, days from today to the due date, low and high): the default ladder's steps are at -7, -3, +1, +7, +15, +30, +60
MIX = [(0.20, (8, 30), "not yet due, nothing to do (due in 8-30 days)"),
       (0.10, (4, 7), "due in 4-7 days: reminder (-7)"),
       (0.10, (0, 3), "due in 0-3 days: reminder and courtesy email (-7, -3)"),
       (0.60, (-90, -1), "overdue by 1-90 days: -7, -3, +1 and, by age, +7, +15, +30, +60")]


def psql(database, sql, user="ledgerline"):
    return subprocess.run(PG + ["-U", user, "-d", database, "-qAt", "-c", sql], check=True, capture_output=True, text=True,
                          env=PG_ENV).stdout


def pid_of(name):
    return int(open(os.path.join(ROOT, ".run", "pids", name + ".pid")).read().strip())


# --- feeding --------------------------------------------------------------------------------------------------------

def invoices(run, today):
    """(customer id, envelope JSON) per invoice, seeded: the same run id, seed and sizes give the same events."""
    rng = random.Random(SEED)
    shares, spans = [m[0] for m in MIX], [m[1] for m in MIX]
    for i in range(ITEMS):
        customer = "BENCH-DUN-%s-%04d" % (run, i % CUSTOMERS)
        low, high = rng.choices(spans, shares)[0]
        due = today + datetime.timedelta(days=rng.randint(low, high))
        issued = due - datetime.timedelta(days=30)
        usd = USD_EVERY and i % USD_EVERY == USD_EVERY - 1
        amount = "%d.%02d" % (rng.randint(100, 5000) if usd else rng.randint(1000, 50000), rng.randint(0, 99))
        invoice_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "ledgerline-bench-dunning/%s/%d" % (run, i)))
        data = {"invoiceId": invoice_id, "externalId": "BENCH-DUN-%s-%d" % (run, i), "invoiceNumber": "BD%s%06d" % (run, i),
                "customerId": customer, "issueDate": issued.isoformat(), "dueDate": due.isoformat(),
                "amount": {"amount": amount, "currency": "USD" if usd else "CNY"}}
        # the envelope receivables-service's relay writes (EventEnvelope through EnvelopeCodec): subject = the invoice
        envelope = {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, "ledgerline-bench-dunning/%s/%d/event" % (run, i))),
                    "source": "ledgerline/receivables", "type": "ledgerline.receivables.InvoiceIssued.v1",
                    "subject": invoice_id, "time": "%sT09:00:00Z" % issued.isoformat(), "customerid": customer,
                    "sequence": 0, "schemaversion": "1", "data": data, "specversion": "1.0",
                    "datacontenttype": "application/json"}
        yield customer, json.dumps(envelope, separators=(",", ":")), due


def publish(run, today):
    """Publishes the invoices with ConsoleProducer (acks=all); the due-date mix by days from today."""
    lines, by_days = [], {}
    for customer, envelope, due in invoices(run, today):
        lines.append(customer + "\t" + envelope + "\n")
        days = (due - today).days
        by_days[days] = by_days.get(days, 0) + 1
    producer = rs.kafka_java(["org.apache.kafka.tools.ConsoleProducer", "--bootstrap-server", "127.0.0.1:9092",
                              "--topic", TOPIC, "--property", "parse.key=true", "--property", "key.separator=\t",
                              "--producer-property", "acks=all", "--producer-property", "linger.ms=20",
                              "--producer-property", "batch.size=524288", "--producer-property", "compression.type=none"])
    started = time.perf_counter()
    subprocess.run(producer, input="".join(lines), text=True, check=True, capture_output=True)
    return started, time.perf_counter() - started, by_days, sum(len(l) for l in lines)


def folded(run):
    return int(psql("collections", "SELECT count(*) FROM receivable_item WHERE customer_id LIKE 'BENCH-DUN-%s-%%'" % run))


def wait_folded(run, since):
    last, last_change = -1, time.perf_counter()
    while True:
        done = folded(run)
        if done >= ITEMS:
            return time.perf_counter() - since
        if done != last:
            log("  collections.receivables: %d of %d invoices folded" % (done, ITEMS))
            last, last_change = done, time.perf_counter()
        elif time.perf_counter() - last_change > 300:
            raise SystemExit("the projection folded nothing for 5 minutes (%d of %d); see .run/logs/collections.log" % (done, ITEMS))
        time.sleep(1)


# --- what the run wrote, what it cost --------------------------------------------------------------------------------

def table_counts():
    tables = psql("collections", "SELECT relname FROM pg_stat_user_tables ORDER BY relname").split()
    sql = " UNION ALL ".join("SELECT '%s', count(*) FROM %s" % (t, t) for t in tables)
    return {name: int(n) for name, n in (line.split("|") for line in psql("collections", sql).split())}


def database_stats():
    row = psql("collections", "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, "
                              "tup_deleted, blks_read, blks_hit FROM pg_stat_database WHERE datname = 'collections'").strip()
    return dict(zip(["xact_commit", "xact_rollback", "tup_returned", "tup_fetched", "tup_inserted", "tup_updated", "tup_deleted",
                     "blks_read", "blks_hit"], map(int, row.split("|"))))


def cpu_seconds():
    """CPU seconds so far of each process of the platform, the PostgreSQL backends together, and the whole machine."""
    tick = os.sysconf("SC_CLK_TCK")

    def of(pid):
        fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick

    seconds = {}
    for name in ("collections", "receivables", "reporting", "credit", "customer", "kafka"):
        try:
            seconds[name] = of(pid_of(name))
        except (OSError, ValueError):
            pass
    postmaster = int(open(os.path.join(psql("postgres", "SHOW data_directory", user="postgres").strip(), "postmaster.pid")).readline())
    backends = [int(p) for p in subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()]
    seconds["postgresql"] = of(postmaster) + sum(of(p) for p in backends if os.path.exists("/proc/%d" % p))
    total = open("/proc/stat").readline().split()[1:]
    seconds["machine busy"] = (sum(map(int, total)) - int(total[3]) - int(total[4])) / tick
    return seconds


def rss_mib(pid):
    return int(subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True).stdout) / 1024


def heap_mib():
    """jvm_memory_used_bytes summed over the heap pools, from collections-service's /q/metrics."""
    try:
        with urllib.request.urlopen(COLLECTIONS + "/q/metrics", timeout=30) as response:
            text = response.read().decode()
    except OSError:
        return None
    used = [float(v) for v in re.findall(r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\} ([0-9.eE+]+)', text, re.M)]
    return sum(used) / 1024 / 1024 if used else None


class PeakRss(threading.Thread):
    """Samples a process's RSS every half second and its heap (/q/metrics) every two seconds until stopped."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peak_heap, self.running = pid, 0.0, 0.0, True

    def run(self):
        n = 0
        while self.running:
            self.peak = max(self.peak, rss_mib(self.pid))
            if n % 4 == 0:
                self.peak_heap = max(self.peak_heap, heap_mib() or 0.0)
            n += 1
            time.sleep(0.5)

    def stop(self):
        self.running = False
        self.join()
        return self.peak


class StackSampler(threading.Thread):
    """Every SAMPLE_EVERY seconds a thread dump of collections-service (jcmd Thread.print): where the thread running the
    dunning run is, by its top frame's library and by the nearest Ledgerline method below it (a poor man's profiler)."""

    LIBRARIES = [("org.postgresql", "PostgreSQL JDBC (waiting for or talking to the server)"),
                 ("io.agroal", "connection pool"), ("com.arjuna", "transactions (Narayana)"),
                 ("org.jboss.logmanager", "logging"), ("org.jboss.logging", "logging"),
                 ("com.fasterxml.jackson", "Jackson (event and answer JSON)"), ("org.axonframework", "Axon"),
                 ("io.ledgerline", "Ledgerline code"), ("io.quarkus", "Quarkus/CDI"), ("io.smallrye", "Quarkus/CDI"),
                 ("org.jboss.weld", "Quarkus/CDI"), ("io.netty", "HTTP (answer)"), ("org.jboss.resteasy", "HTTP (answer)")]

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.running, self.samples = pid, True, []

    def run(self):
        while self.running and SAMPLE_EVERY > 0:
            time.sleep(SAMPLE_EVERY)
            if not self.running:
                break
            dump = subprocess.run(["jcmd", str(self.pid), "Thread.print"], capture_output=True, text=True).stdout
            for thread in dump.split("\n\n"):
                if "DunningRun.run" in thread or "DunningRunResource" in thread:
                    frames = re.findall(r"^\s+at ([\w.$]+)\.([\w$<>]+)\(", thread, re.M)
                    if frames:
                        self.samples.append(frames)
                    break

    def stop(self):
        self.running = False
        self.join()
        return self.samples

    @classmethod
    def where(cls, samples):
        by_library, by_method = {}, {}
        for frames in samples:
            # the first frame from the top that belongs to a known library: a socket read under the JDBC driver is PostgreSQL's
            library = next((name for c, _ in frames for prefix, name in cls.LIBRARIES if c.startswith(prefix)),
                           "JDK (%s)" % frames[0][0].rsplit(".", 1)[0])
            by_library[library] = by_library.get(library, 0) + 1
            own = next(("%s.%s" % (c.rsplit(".", 1)[1], m) for c, m in frames
                        if c.startswith("io.ledgerline.collections") and "$$" not in c and "_Subclass" not in c), "(none)")
            by_method[own] = by_method.get(own, 0) + 1
        return by_library, by_method


def run_logged(offset):
    """The time (epoch seconds) of DunningRun's closing "Dunning run as of" log line written after offset, if any."""
    try:
        with open(os.path.join(ROOT, ".run", "logs", "collections.log"), "rb") as f:
            f.seek(offset)
            lines = [l for l in f.read().decode("utf-8", "replace").splitlines() if "Dunning run as of" in l]
    except OSError:
        return None
    if not lines:
        return None
    stamp = datetime.datetime.strptime(lines[-1][:23], "%Y-%m-%d %H:%M:%S,%f")   # the service logs in the machine's zone
    return time.mktime(stamp.timetuple()) + stamp.microsecond / 1e6


def log_bytes():
    try:
        return os.path.getsize(os.path.join(ROOT, ".run", "logs", "collections.log"))
    except OSError:
        return 0


def dunning_run(finance, label, sample=False):
    """One POST /api/v1/dunning/runs as of today, with the rows, database work, CPU and memory it cost."""
    pid = pid_of("collections")
    before = {"rows": table_counts()}
    time.sleep(STATS_FLUSH)
    before.update({"db": database_stats(), "cpu": cpu_seconds(), "rss": rss_mib(pid), "heap": heap_mib(), "log": log_bytes()})
    peak, sampler = PeakRss(pid), StackSampler(pid)
    peak.start()
    if sample:
        sampler.start()
    log("%s: POST /api/v1/dunning/runs" % label)
    request = urllib.request.Request(COLLECTIONS + "/api/v1/dunning/runs", data=b"", method="POST",
                                     headers={"Authorization": "Bearer " + finance, "Accept": "application/json"})
    started, started_at = time.perf_counter(), time.time()
    with urllib.request.urlopen(request, timeout=4 * 3600) as response:
        body = response.read()
    wall = time.perf_counter() - started
    peak_rss = peak.stop()
    samples = sampler.stop() if sample else []
    after = {"cpu": cpu_seconds(), "rss": rss_mib(pid), "heap": heap_mib(), "log": log_bytes()}
    time.sleep(STATS_FLUSH)
    after["db"] = database_stats()   # before the exact counts below, which scan every table
    after["rows"] = table_counts()
    after["server_end"] = run_logged(before["log"])
    answer = json.loads(body)
    load("after " + label)
    log("%s: %.1f s, %d customers evaluated (%d failed), %d steps reached"
        % (label, wall, answer["customersEvaluated"], answer["customersFailed"], answer["stepsReached"]))
    server = after["server_end"] - started_at if after["server_end"] else None
    return {"wall": wall, "answer": answer, "bytes": len(body), "before": before, "after": after, "peak_rss": peak_rss,
            "peak_heap": peak.peak_heap, "samples": samples, "server": server}


# --- raw insert -----------------------------------------------------------------------------------------------------

RAW_TABLE = """CREATE TABLE dunning_raw_%s (
    invoice_id VARCHAR(100) NOT NULL, step_id VARCHAR(60) NOT NULL, customer_id VARCHAR(100) NOT NULL,
    invoice_number VARCHAR(100) NOT NULL, action VARCHAR(30) NOT NULL, day_offset INTEGER NOT NULL, owner VARCHAR(20) NOT NULL,
    due_date DATE NOT NULL, business_date DATE NOT NULL, late BOOLEAN NOT NULL, amount NUMERIC(24, 4) NOT NULL,
    currency CHAR(3) NOT NULL, policy_version INTEGER NOT NULL, grade VARCHAR(20), PRIMARY KEY (invoice_id, step_id));
CREATE INDEX dunning_raw_%s_by_customer ON dunning_raw_%s (customer_id, business_date);"""


def raw_rows(run, rows, today):
    """rows rows like the run's dunning steps, as (SQL tuple, CSV line) pairs."""
    for n in range(rows):
        fields = (str(uuid.uuid5(uuid.NAMESPACE_URL, "raw/%d" % (n // 7))), "step-%d" % (n % 7), "BENCH-DUN-%s-%04d" % (run, n % CUSTOMERS),
                  "BD%s%06d" % (run, n // 7), "OVERDUE_EMAIL", str(n % 90), "SALES", (today - datetime.timedelta(days=n % 90)).isoformat(),
                  today.isoformat(), "true", "%d.00" % (1000 + n % 49000), "CNY", "1")
        yield ("('%s','%s','%s','%s','%s',%s,'%s','%s','%s',%s,%s,'%s',%s,NULL)" % fields, ",".join(fields) + ",\n")


def raw_insert(run, rows, batches, today):
    """rows rows in `batches` batches, each its own transaction, one psql session over TCP, twice: multi-row INSERTs and
    COPY FROM STDIN, each into a new scratch table; (seconds, statements, bytes) of each."""
    if psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'benchraw'", user="postgres").strip() != "1":
        psql("postgres", "CREATE DATABASE benchraw OWNER ledgerline", user="postgres")
    generated = raw_rows(run, rows, today)
    inserts, copies = [], []
    for b in range(batches):
        batch = [next(generated) for _ in range(rows // batches + (1 if b < rows % batches else 0))]
        inserts.append("INSERT INTO dunning_raw_%%s VALUES %s;\n" % ",".join(r[0] for r in batch))
        copies.append("COPY dunning_raw_%%s FROM STDIN WITH (FORMAT csv);\n%s\\.\n" % "".join(r[1] for r in batch))
    results = {}
    for kind, statements in (("insert", inserts), ("copy", copies)):
        table = "%s_%s" % (run.lower(), kind)
        psql("benchraw", RAW_TABLE % (table, table, table))
        script = "".join(statement.replace("%s", table, 1) for statement in statements)
        started = time.perf_counter()
        subprocess.run(PG + ["-U", "ledgerline", "-d", "benchraw", "-q"], input=script, text=True, check=True,
                       capture_output=True, env=PG_ENV)
        wall = time.perf_counter() - started
        inserted = int(psql("benchraw", "SELECT count(*) FROM dunning_raw_%s" % table))
        assert inserted == rows, (kind, inserted, rows)
        psql("benchraw", "DROP TABLE dunning_raw_%s" % table)
        load("after the raw %s" % kind)
        log("raw %s: %.1f s" % (kind, wall))
        results[kind] = (wall, len(statements), len(script))
    return results


# --- report ---------------------------------------------------------------------------------------------------------

def deltas(run_):
    before, after = run_["before"]["rows"], run_["after"]["rows"]
    return {t: after.get(t, 0) - before.get(t, 0) for t in after
            if after.get(t, 0) != before.get(t, 0) and not t.startswith(NOT_THE_RUN)}


def step_counts(run, today):
    """The steps the run's invoices reached on today, per step and late, from dunning_step (the answer lists 1,000 at most)."""
    by_step, late = {}, 0
    for line in psql("collections", "SELECT step_id, late, count(*) FROM dunning_step WHERE customer_id LIKE 'BENCH-DUN-%s-%%' "
                     "AND business_date = '%s' GROUP BY step_id, late" % (run, today)).split():
        step, is_late, n = line.split("|")
        by_step[step] = by_step.get(step, 0) + int(n)
        late += int(n) if is_late == "t" else 0
    return sum(by_step.values()), late, by_step


def writing_customers_on(today):
    """The customers a run as of today wrote steps for (one batch each in the raw insert)."""
    return int(psql("collections", "SELECT count(DISTINCT customer_id) FROM dunning_step WHERE business_date = '%s'" % today))


def samples_section(samples):
    if not samples:
        return []
    by_library, by_method = StackSampler.where(samples)
    share = lambda n: "%.0f %%" % (100.0 * n / len(samples))
    lines = ["Thread dumps of collections-service every %.0f s during the first run (jcmd Thread.print, %d samples of the "
             "thread running the dunning run; a sample costs the JVM a safepoint and jcmd about 0.15 s of CPU):" % (SAMPLE_EVERY, len(samples)),
             "", "| nearest library frame from the top | share | | nearest collections-service method | share |", "| --- | --- | --- | --- | --- |"]
    libraries = sorted(by_library.items(), key=lambda kv: -kv[1])
    methods = sorted(by_method.items(), key=lambda kv: -kv[1])
    for i in range(max(len(libraries), len(methods))):
        left = libraries[i] if i < len(libraries) else ("", 0)
        right = methods[i] if i < len(methods) else ("", 0)
        lines.append("| %s | %s | | %s | %s |" % (left[0], share(left[1]) if left[0] else "", right[0],
                                                  share(right[1]) if right[0] else ""))
    return lines + [""]


def secs(value):
    return "n/a" if value is None else "%.1f s" % value


def mib(value):
    return "n/a" if value is None else "%.0f MiB" % value


def main():
    run = uuid.uuid4().hex[:6].upper()
    today = datetime.date.today()
    finance = token("finance", "bench-finance")
    load("start")
    log("run %s: %d invoices for %d customers (BENCH-DUN-%s-nnnn), today %s, seed %d" % (run, ITEMS, CUSTOMERS, run, today, SEED))

    started, produced, by_days, payload = publish(run, today)
    log("published %d InvoiceIssued in %.1f s (%.0f/s)" % (ITEMS, produced, ITEMS / produced))
    fold = wait_folded(run, started)
    load("after feeding")
    log("folded by collections.receivables %.1f s after the first publish" % fold)
    evaluated_early = int(psql("collections", "SELECT count(*) FROM dunning_step WHERE customer_id LIKE 'BENCH-DUN-%s-%%'" % run))
    if evaluated_early:
        raise SystemExit("%d steps were reached before the run: collections-service's evaluation worker is on. Start the platform "
                         "as README.md says (LEDGERLINE_COLLECTIONS_DUNNING_DRAIN_EVERY=off)." % evaluated_early)
    marked = int(psql("collections", "SELECT count(*) FROM dunning_evaluation_due WHERE customer_id LIKE 'BENCH-DUN-%s-%%'" % run))

    log("Kafka ConsumerPerformance: %d records of %s" % (ITEMS, TOPIC))
    consume, _ = rs.consumer_performance(ITEMS)
    load("after the raw consume")
    topic_records = rs.end_offsets(TOPIC)

    first = dunning_run(finance, "first run", sample=True)
    second = dunning_run(finance, "second run, same day")

    written = deltas(first)
    rows = sum(written.values())
    writing_customers = writing_customers_on(today)
    log("raw insert: %d rows in %d batches" % (rows, writing_customers))
    raw = raw_insert(run, rows, writing_customers, today)
    write_report(run, today, produced, payload, fold, by_days, marked, consume, topic_records, first, second, written, rows, raw)


def write_report(run, today, produced, payload, fold, by_days, marked, consume, topic_records, first, second, written, rows, raw):
    answer = first["answer"]
    mine, late, by_step = step_counts(run, today)
    events = written.get("domain_event_entry", 0)
    consume_s = float(consume["data.consumed.in.nMsg"]) / float(consume["nMsg.sec"]) if float(consume["nMsg.sec"]) else 0
    fetch_s = float(consume["fetch.time.ms"]) / 1000
    order = ["reminder", "courtesy-email", "first-overdue-email", "second-overdue-email", "phone-call", "finance", "legal"]
    second_rows = sum(deltas(second).values())
    raw_wall, raw_batches, raw_bytes = raw["insert"]
    copy_wall, _, copy_bytes = raw["copy"]

    def cpu_line(r):
        b, a = r["before"]["cpu"], r["after"]["cpu"]
        return ", ".join("%s %.0f" % (k, a[k] - b[k]) for k in a if k in b)

    def db_line(r):
        b, a = r["before"]["db"], r["after"]["db"]
        return ", ".join("%s %d" % (k, a[k] - b[k]) for k in a)

    def memory_row(name, r):
        return "| %s | %.0f MiB | %.0f MiB | %.0f MiB | %s | %s | %s |" % (
            name, r["before"]["rss"], r["peak_rss"], r["after"]["rss"], mib(r["before"]["heap"]), mib(r["peak_heap"]),
            mib(r["after"]["heap"]))

    mix = ", ".join("%s %.0f %%" % (m[2], m[0] * 100) for m in MIX)
    command = "ITEMS=%d CUSTOMERS=%d SEED=%d USD_EVERY=%d python3 bench/dunning-evaluation/bench.py" % (ITEMS, CUSTOMERS, SEED, USD_EVERY)
    report = "\n".join([
        "# Daily dunning evaluation of %d open items, local platform (deploy/local/up), %s"
        % (ITEMS, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())),
        "",
        "machine: %s" % cc.machine(),
        "platform: deploy/local with collections-service's evaluation worker and reminder sender off "
        "(`LEDGERLINE_COLLECTIONS_DUNNING_DRAIN_EVERY=off LEDGERLINE_COLLECTIONS_REMINDERS_SEND_EVERY=off deploy/local/up`; "
        "see README.md); the bench client, the five services, Kafka and PostgreSQL share these cores.",
        "1-minute load average (anything above the core count means other work competed): %s."
        % ", ".join("%s %s" % l for l in loads),
        "",
        "command (platform up): `%s`" % command,
        "",
        "data: run %s, %d InvoiceIssued for %d new customers `BENCH-DUN-%s-nnnn` (%d each, no grade: the `standard` ladder, "
        "no sales owner: cases go to the finance owner), CNY 1,000-50,000 (every %dth USD 100-5,000), issued 30 days before "
        "the due date; due dates as of today %s: %s. Earliest due %s days, latest +%s days."
        % (run, ITEMS, CUSTOMERS, run, ITEMS // CUSTOMERS, USD_EVERY, today, mix, min(by_days), max(by_days)),
        "",
        "## Feeding: receivables events to collections' projection",
        "",
        "| measure | value |",
        "| --- | --- |",
        "| publish, Kafka ConsoleProducer (acks=all, key = customer id), %d envelopes, %.1f MB | %.1f s = %.0f events/s |"
        % (ITEMS, payload / 1e6, produced, ITEMS / produced),
        "| **folded by collections.receivables** (receivable_item rows of the run), from starting the producer | **%.1f s = %.0f events/s** |"
        % (fold, ITEMS / fold),
        "| raw consume: Kafka ConsumerPerformance, %s records of %s (%d on the topic), fresh group | %.2f s = %.0f records/s "
        "including the group join; fetch time only %.2f s = %.0f records/s |"
        % (consume["data.consumed.in.nMsg"], TOPIC, topic_records, consume_s, float(consume["nMsg.sec"]), fetch_s,
           float(consume["fetch.nMsg.sec"])),
        "| ratio fold / raw consume (wall, with join) | **%.0fx** |" % (fold / consume_s if consume_s else 0),
        "| ratio fold / raw consume (fetch time) | %.0fx |" % (fold / fetch_s if fetch_s else 0),
        "",
        "The fold is one transaction per record (receivable_item insert, settle: re-read of the item and its movements, "
        "update, the customer's evaluation mark, the checkpoint), while reporting-service's and credit-service's projections "
        "fold the same records on the same cores. %d of the run's %d customers were marked for evaluation (the worker is "
        "off, so the marks wait)." % (marked, CUSTOMERS),
        "",
        "## The daily evaluation: POST /api/v1/dunning/runs as of %s" % today,
        "",
        "| measure | first run | second run, same day |",
        "| --- | --- | --- |",
        "| **wall time** (client side, HTTP answer read) | **%.1f s** | **%.1f s** |" % (first["wall"], second["wall"]),
        "| of which the evaluation, to DunningRun's closing log line (the rest: the answer's JSON and transfer) | %s | %s |"
        % (secs(first["server"]), secs(second["server"])),
        "| customers evaluated (failed) | %d (%d) | %d (%d) |" % (answer["customersEvaluated"], answer["customersFailed"],
                                                            second["answer"]["customersEvaluated"], second["answer"]["customersFailed"]),
        "| steps reached, all customers | %d | %d |" % (answer["stepsReached"], second["answer"]["stepsReached"]),
        "| steps reached by the run's invoices (late) | %d (%d) | %d |" % (mine, late, second["answer"]["stepsReached"]),
        "| rows written, all tables of the collections database | %d | %d |" % (rows, second_rows),
        "| event store entries (domain_event_entry) | %d | %d |" % (events, deltas(second).get("domain_event_entry", 0)),
        "| events/s, steps/s, rows/s | %.0f, %.0f, %.0f | - |" % (events / first["wall"], answer["stepsReached"] / first["wall"],
                                                                  rows / first["wall"]),
        "| the run's %d invoices per second of wall time | %.0f | %.0f |" % (ITEMS, ITEMS / first["wall"], ITEMS / second["wall"]),
        "| answer size | %.1f MB | %.3f MB |" % (first["bytes"] / 1e6, second["bytes"] / 1e6),
        "",
        "Steps reached by the run's invoices: %s." % ", ".join("%s %d" % (s, by_step.get(s, 0)) for s in order if s in by_step),
        "",
        "Rows written by the first run, per table: %s." % ", ".join("%s %d" % kv for kv in sorted(written.items())),
        "",
        "| raw insert of as many rows as the first run wrote, same run, same server | value |",
        "| --- | --- |",
        "| PostgreSQL: %d rows shaped and indexed like dunning_step (primary key + customer index), %d multi-row INSERTs each its "
        "own transaction (one per customer the run wrote for), one psql session over TCP, %.1f MB of SQL, database benchraw "
        "| %.1f s = %.0f rows/s |" % (rows, raw_batches, raw_bytes / 1e6, raw_wall, rows / raw_wall),
        "| PostgreSQL: the same rows into a new table of the same shape, %d COPY FROM STDIN (csv), each its own transaction, "
        "one psql session, %.1f MB | %.1f s = %.0f rows/s |" % (raw_batches, copy_bytes / 1e6, copy_wall, rows / copy_wall),
        "| **ratio first run / raw multi-row INSERT** | **%.1fx** |" % (first["wall"] / raw_wall),
        "| ratio first run / raw COPY | %.0fx |" % (first["wall"] / copy_wall),
        "| ratio second (no-op) run / raw multi-row INSERT | %.2fx |" % (second["wall"] / raw_wall),
        "",
        "## Where the time goes",
        "",
        "CPU seconds during the first run (%.0f s wall, %d cores): %s." % (first["wall"], os.cpu_count(), cpu_line(first)),
        "CPU seconds during the second run (%.0f s wall): %s." % (second["wall"], cpu_line(second)),
        "",
        "PostgreSQL work for the collections database (pg_stat_database deltas, read %d s after each run so idle backends have "
        "flushed their statistics; they include the other consumers of the database meanwhile), first run: %s." % (STATS_FLUSH, db_line(first)),
        "Second run: %s." % db_line(second),
        "",
        "collections-service's log grew by %.1f MB during the first run (%.0f bytes per step reached: every step is logged "
        "at INFO), %.3f MB during the second." % ((first["after"]["log"] - first["before"]["log"]) / 1e6,
                                                 (first["after"]["log"] - first["before"]["log"]) / max(1, answer["stepsReached"]),
                                                 (second["after"]["log"] - second["before"]["log"]) / 1e6),
        "",
    ] + samples_section(first["samples"]) + [
        "## Memory of collections-service (-Xmx512m)",
        "",
        "| run | RSS before | RSS peak (0.5 s samples) | RSS after | heap used before | heap used peak (2 s samples) | heap used after |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        memory_row("first", first),
        memory_row("second", second),
        "",
        "## Commands",
        "",
        "```",
        "LEDGERLINE_COLLECTIONS_DUNNING_DRAIN_EVERY=off LEDGERLINE_COLLECTIONS_REMINDERS_SEND_EVERY=off deploy/local/up",
        command,
        "deploy/local/down",
        "# inside the bench:",
        "java -cp '.run/kafka/libs/*' org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:9092 --topic %s "
        "--property parse.key=true --property key.separator=<TAB> --producer-property acks=all  < <customer>\\t<envelope JSON> x %d"
        % (TOPIC, ITEMS),
        "psql collections: SELECT count(*) FROM receivable_item WHERE customer_id LIKE 'BENCH-DUN-<run>-%' every second",
        "java -cp '.run/kafka/libs/*' org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 --topic %s "
        "--num-records %d --group bench-raw-<time> --timeout 60000" % (TOPIC, ITEMS),
        "curl -X POST -H \"Authorization: Bearer $(deploy/local/token finance)\" http://localhost:8084/api/v1/dunning/runs   (twice)",
        "psql collections: count(*) of every table before and after each run; pg_stat_database; ps -o rss=; /q/metrics",
        "psql benchraw: CREATE TABLE dunning_raw_<run> (dunning_step's columns, primary key, customer index); "
        "INSERT INTO dunning_raw_<run>_insert VALUES (...),(...)...; x %d, then "
        "COPY dunning_raw_<run>_copy FROM STDIN WITH (FORMAT csv); <rows> \\. x %d" % (raw_batches, raw_batches),
        "```",
    ])
    print(report)
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "dunning-evaluation.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
