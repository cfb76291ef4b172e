#!/usr/bin/env python3
"""ERP batch ingestion throughput and POST-to-aging lag on the running local platform.

Needs `deploy/local/up` first. Measures, in one run:
  1. invoices/s through POST /api/v1/erp/batch (BATCHES x BATCH_SIZE new invoices);
  2. the time until the aging report shows all of them (end-to-end drain);
  3. the lag from a single POST /api/v1/erp/invoices to the invoice visible in aging, p50/p99;
  4. the raw baseline: PostgreSQL inserting the same number of rows in batches, in the same run.
Standard library only; prints a report and writes it to bench/results/.
"""
import json, os, statistics, subprocess, sys, time, urllib.request, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BATCHES = int(os.environ.get("BATCHES", "20"))
BATCH_SIZE = int(os.environ.get("BATCH_SIZE", "1000"))
LAG_SAMPLES = int(os.environ.get("LAG_SAMPLES", "200"))
RECEIVABLES = "http://localhost:8083"
REPORTING = "http://localhost:8085"


def token(role):
    return subprocess.check_output([os.path.join(ROOT, "deploy/local/token"), role]).decode().strip()


def call(url, token_value, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Authorization": "Bearer " + token_value, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def aging_total(finance, prefix):
    rows = call(REPORTING + "/api/v1/aging?asOf=2026-03-01&groupBy=customer", finance)["rows"]
    return sum(1 for r in rows if r["key"].startswith(prefix)), sum(float(r["total"]) for r in rows if r["key"].startswith(prefix))


def main():
    erp, finance = token("erp-integration"), token("finance")
    run = uuid.uuid4().hex[:8]
    prefix = "BENCH-" + run + "-"
    customers = 200
    batches = [[{"kind": "invoice", "externalId": "BI-%s-%d" % (run, b * BATCH_SIZE + i),
                 "invoiceNumber": "B%d" % (b * BATCH_SIZE + i), "customerId": prefix + str((b * BATCH_SIZE + i) % customers),
                 "issueDate": "2026-01-02", "dueDate": "2026-02-01", "currency": "USD", "amount": "10.00"}
                for i in range(BATCH_SIZE)] for b in range(BATCHES)]
    total = BATCHES * BATCH_SIZE

    started = time.perf_counter()
    for batch in batches:
        statuses = {item["status"] for item in call(RECEIVABLES + "/api/v1/erp/batch", erp, batch)}
        assert statuses == {201}, statuses
    ingested = time.perf_counter() - started
    while aging_total(finance, prefix)[1] < total * 10.0:
        time.sleep(0.05)
    drained = time.perf_counter() - started

    lags = []
    for i in range(LAG_SAMPLES):
        customer = "LAG-%s-%d" % (run, i)
        posted = time.perf_counter()
        call(RECEIVABLES + "/api/v1/erp/invoices", erp, {
            "externalId": "BL-%s-%d" % (run, i), "invoiceNumber": "L%d" % i, "customerId": customer,
            "issueDate": "2026-01-02", "dueDate": "2026-02-01", "currency": "USD", "amount": "1.00"})
        while not any(r["key"] == customer for r in call(REPORTING + "/api/v1/aging?asOf=2026-03-01&groupBy=customer", finance)["rows"]):
            pass
        lags.append((time.perf_counter() - posted) * 1000)

    psql = ["runuser", "-u", "postgres", "--", "/usr/lib/postgresql/15/bin/psql", "-h", "localhost", "-p", "5433",
            "-U", "ledgerline", "-d", "receivables", "-qAt", "-c"]
    if os.geteuid() != 0:
        psql = psql[4:]
    raw_start = time.perf_counter()
    raw_sql = ("CREATE TEMP TABLE raw_invoice (id text, external_id text, customer_id text, issue_date date, due_date date, "
               "currency char(3), amount numeric(19,4)); "
               + " ".join("INSERT INTO raw_invoice SELECT md5(g::text), 'X-'||g, 'C-'||(g %% %d), '2026-01-02', '2026-02-01', 'USD', 10.00 "
                          "FROM generate_series(%d, %d) g;" % (customers, b * BATCH_SIZE, (b + 1) * BATCH_SIZE - 1)
                          for b in range(BATCHES)))
    subprocess.check_call(psql + [raw_sql], env=dict(os.environ, PGPASSWORD="ledgerline"))
    raw = time.perf_counter() - raw_start

    report = "\n".join([
        "# ERP batch to aging, local platform (deploy/local/up), %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "",
        "machine: %d cores, %s" % (os.cpu_count(), subprocess.check_output(["java", "-version"], stderr=subprocess.STDOUT).decode().splitlines()[0]),
        "command: BATCHES=%d BATCH_SIZE=%d LAG_SAMPLES=%d bench/erp-to-aging/bench.py" % (BATCHES, BATCH_SIZE, LAG_SAMPLES),
        "",
        "| measure | value |",
        "| --- | --- |",
        "| invoices booked through POST /api/v1/erp/batch | %d in %.1f s = **%.0f invoices/s** |" % (total, ingested, total / ingested),
        "| all of them visible in aging (from first POST) | %.1f s = %.0f invoices/s end to end |" % (drained, total / drained),
        "| POST /api/v1/erp/invoices to visible in aging, %d samples | p50 **%.0f ms**, p99 **%.0f ms**, max %.0f ms |"
        % (LAG_SAMPLES, statistics.median(lags), percentile(lags, 99), max(lags)),
        "| raw baseline: PostgreSQL batched INSERT of %d rows (%d statements), same run | %.2f s = %.0f rows/s |"
        % (total, BATCHES, raw, total / raw),
        "| ratio ERP ingestion / raw insert | %.4f |" % ((total / ingested) / (total / raw)),
        "",
        "Each invoice is its own command (idempotency row, invoice register, Axon event append over JDBC);",
        "the batch endpoint commits 100 of them per transaction. The raw baseline inserts plain rows, so the",
        "ratio is the ledger's per-item cost, not PostgreSQL's bulk speed. The lag includes one full aging",
        "query per poll (over everything earlier runs booked too) and HTTP on both sides.",
    ])
    print(report)
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "erp-to-aging.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
