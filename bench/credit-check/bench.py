#!/usr/bin/env python3
"""Order credit check latency (POST /api/v1/credit-checks) on the running local platform, against a raw PostgreSQL read.

Needs `deploy/local/up` first. In one run:
  1. registers CUSTOMERS new customers on customer-service (founding date, registered capital, ownership), waits until
     credit-service has them from ledgerline.customer.events, submits a financial statement (a SAFE Altman zone for
     most, a DISTRESS one for every DISTRESSED-th customer, which grades them D), assesses them, and asks for a
     credit limit (every PENDING_EVERY-th asks above the grade's range, so it waits and a second credit-manager
     approves it: maker-checker);
  2. books receivables through POST /api/v1/erp/batch for every OPEN_EVERY-th customer (an open CNY invoice; every
     OVERDUE_EVERY-th one of those long overdue) and waits until credit-service's projection shows them;
  3. fires WARMUP + CHECKS credit checks one after another over one keep-alive HTTP connection, each a new orderId,
     a random customer and amount (SEED), every CURRENCY_EVERY-th in USD; warm-up excluded; client-side latency
     p50/p95/p99/max and outcomes (APPROVED / HOLD / REJECTED, with the hold and rejection codes);
  4. REPEATS repeats of checks already made (same content: idempotent, 200, nothing recorded), and REPEATS
     GET /api/v1/credit-checks/{orderId}, same connection;
  5. the raw component in the same run: psql with \\timing, one session, CHECKS x
     SELECT credit_check FROM credit_check_view WHERE order_id = <one of the orders just checked> (primary key),
     and CHECKS x SELECT 1; the ratio service / raw.
Standard library only; prints the report and writes bench/results/credit-check.md.
"""
import datetime, http.client, json, os, random, re, statistics, subprocess, sys, time, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CUSTOMERS = int(os.environ.get("CUSTOMERS", "50"))
CHECKS = int(os.environ.get("CHECKS", "1000"))
WARMUP = int(os.environ.get("WARMUP", "100"))
REPEATS = int(os.environ.get("REPEATS", str(max(1, min(CHECKS, 500)))))
SEED = int(os.environ.get("SEED", "42"))
DISTRESSED = int(os.environ.get("DISTRESSED", "10"))      # every n-th customer gets a DISTRESS statement (grade D)
PENDING_EVERY = int(os.environ.get("PENDING_EVERY", "5"))  # every n-th asks a limit above its grade's range
OPEN_EVERY = int(os.environ.get("OPEN_EVERY", "2"))        # every n-th gets an open invoice
OVERDUE_EVERY = int(os.environ.get("OVERDUE_EVERY", "3"))  # of those, every n-th is 70 days past due
CURRENCY_EVERY = int(os.environ.get("CURRENCY_EVERY", "50"))  # every n-th check is in USD (not the limit currency)
CUSTOMER, CREDIT, RECEIVABLES = ("localhost", 8081), ("localhost", 8082), ("localhost", 8083)
PG = ["psql", "-h", "127.0.0.1", "-p", "5433", "-U", "ledgerline", "-d", "credit", "-X", "-q", "-v", "ON_ERROR_STOP=1"]

loads = []   # (phase, 1-minute load average): other work on the machine shows here


def log(message):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)


def load(phase):
    loads.append((phase, open("/proc/loadavg").read().split()[0]))


def token(role, user):
    return subprocess.check_output([os.path.join(ROOT, "deploy/local/token"), role, user]).decode().strip()


class Client:
    """One keep-alive HTTP/1.1 connection to one service; reconnects once if the server closed it."""

    def __init__(self, address):
        self.address = address
        self.connection = http.client.HTTPConnection(*address, timeout=120)

    def call(self, method, path, token_value, body=None):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Authorization": "Bearer " + token_value, "Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                text = response.read()
                return response.status, (json.loads(text) if text else None)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                self.connection = http.client.HTTPConnection(*self.address, timeout=120)
                if attempt == 2:
                    raise

    def expect(self, method, path, token_value, body, statuses):
        status, answer = self.call(method, path, token_value, body)
        if status not in statuses:
            raise SystemExit("%s %s answered %d: %s" % (method, path, status, answer))
        return answer


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(values):
    return {"p50": statistics.median(values), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "max": max(values), "mean": statistics.mean(values)}


def wait_until(what, predicate, seconds):
    deadline = time.time() + seconds
    while not predicate():
        if time.time() > deadline:
            raise SystemExit("timed out after %d s waiting for %s" % (seconds, what))
        time.sleep(0.25)


SAFE = {"workingCapital": "1200000.00", "retainedEarnings": "800000.00", "ebit": "450000.00", "bookEquity": "2500000.00",
        "totalAssets": "6000000.00", "totalLiabilities": "3500000.00", "sales": "9000000.00"}
DISTRESS = {"workingCapital": "-1000000.00", "retainedEarnings": "-500000.00", "ebit": "-100000.00",
            "bookEquity": "500000.00", "totalAssets": "6000000.00", "totalLiabilities": "5500000.00", "sales": "3000000.00"}


def setup(run, today):
    """Customers with an assessment and (unless grade D) a credit limit; some with open and overdue receivables."""
    customer, credit, receivables = Client(CUSTOMER), Client(CREDIT), Client(RECEIVABLES)
    sales, analyst = token("sales", "bench-sales"), token("credit-analyst", "bench-analyst")
    requester, approver = token("credit-manager", "bench-manager-1"), token("credit-manager", "bench-manager-2")
    erp = token("erp-integration", "bench-erp")
    ids = ["CB-%s-%03d" % (run, i) for i in range(CUSTOMERS)]
    started = time.perf_counter()
    for i, cid in enumerate(ids):
        customer.expect("POST", "/api/v1/customers", sales, {
            "customerId": cid, "legalName": "Credit bench %s %d Co., Ltd." % (run, i), "region": "EAST",
            "customerType": "DISTRIBUTOR", "salesOwner": "bench.sales", "ownershipType": "STATE_OWNED",
            "industry": "WHOLESALE", "lifecycle": "ACTIVE", "foundingDate": "2001-03-01",
            "registeredCapital": {"amount": "50000000.00", "currency": "CNY"}}, (200, 201))
    log("%d customers registered; waiting until credit-service knows them" % CUSTOMERS)
    for cid in ids:
        wait_until("credit-service to know " + cid,
                   lambda: credit.call("GET", "/api/v1/customers/%s/exposure" % cid, analyst)[0] == 200, 120)
    grades, applications = {}, {"GRANTED": 0, "PENDING then approved": 0, "not applied (grade D)": 0}
    period_end = "%d-12-31" % (today.year - 1)
    for i, cid in enumerate(ids):
        figures = DISTRESS if DISTRESSED and i % DISTRESSED == DISTRESSED - 1 else SAFE
        credit.expect("POST", "/api/v1/customers/%s/financial-statements" % cid, analyst,
                      dict(figures, periodEnd=period_end, currency="CNY"), (200, 201))
        grade = credit.expect("POST", "/api/v1/customers/%s/assessments" % cid, analyst, None, (201,))["grade"]
        grades[grade] = grades.get(grade, 0) + 1
        if grade == "D":
            applications["not applied (grade D)"] += 1
            continue
        above = PENDING_EVERY and i % PENDING_EVERY == 0
        limit = "1200000.00" if above else "500000.00"   # grade B allows 300,000-1,000,000
        application = credit.expect("POST", "/api/v1/credit-applications", requester, {
            "customerId": cid, "requestedLimit": {"amount": limit, "currency": "CNY"}, "paymentTermsDays": 30,
            "prepaymentShare": "0.00"}, (201,))
        if application["status"] == "PENDING":
            decided = credit.expect("POST", "/api/v1/credit-applications/%s/approval" % application["applicationId"],
                                    approver, {"reason": "credit bench: limit above the grade's range accepted"}, (200,))
            assert decided["status"] == "GRANTED", decided
            applications["PENDING then approved"] += 1
        else:
            assert application["status"] == "GRANTED", application
            applications["GRANTED"] += 1
    items, opened = [], {}
    for i, cid in enumerate(ids):
        if not OPEN_EVERY or i % OPEN_EVERY != 1:
            continue
        overdue = OVERDUE_EVERY and (i // OPEN_EVERY) % OVERDUE_EVERY == 0
        issued = today - datetime.timedelta(days=100 if overdue else 5)
        amount = "%d.00" % (100000 + 1000 * (i % 50))
        items.append({"kind": "invoice", "externalId": "CBI-%s-%d" % (run, i), "invoiceNumber": "CB%s%03d" % (run, i),
                      "customerId": cid, "issueDate": issued.isoformat(),
                      "dueDate": (issued + datetime.timedelta(days=30)).isoformat(), "currency": "CNY", "amount": amount})
        opened[cid] = (amount, overdue)
    if items:
        results = receivables.expect("POST", "/api/v1/erp/batch", erp, items, (200,))
        assert {r["status"] for r in results} == {201}, results
        for cid, (amount, _) in opened.items():
            def shows(cid=cid, amount=amount):
                answer = credit.call("GET", "/api/v1/customers/%s/exposure" % cid, analyst)[1]
                return any(c["currency"] == "CNY" and float(c["openReceivables"]) == float(amount)
                           for c in answer["currencies"])
            wait_until("credit-service to fold the invoice of " + cid, shows, 120)
    log("setup done in %.1f s: grades %s, applications %s, %d open invoices (%d overdue)"
        % (time.perf_counter() - started, grades, applications, len(opened), sum(1 for v in opened.values() if v[1])))
    return ids, grades, applications, opened, time.perf_counter() - started


def fire_checks(run, ids):
    credit = Client(CREDIT)
    sales = token("sales", "bench-sales")
    rng = random.Random(SEED)
    latencies, outcomes, codes, made = [], {}, {}, []
    for n in range(WARMUP + CHECKS):
        body = {"customerId": rng.choice(ids), "orderId": "CBO-%s-%06d" % (run, n),
                "amount": "%d.%02d" % (rng.randint(1000, 40000), rng.randint(0, 99)),
                "currency": "USD" if CURRENCY_EVERY and n % CURRENCY_EVERY == CURRENCY_EVERY - 1 else "CNY"}
        started = time.perf_counter()
        status, answer = credit.call("POST", "/api/v1/credit-checks", sales, body)
        elapsed = (time.perf_counter() - started) * 1000
        if status != 201:
            raise SystemExit("POST /api/v1/credit-checks %s answered %d: %s" % (body, status, answer))
        if n < WARMUP:
            continue
        latencies.append(elapsed)
        made.append(body)
        outcomes[answer["status"]] = outcomes.get(answer["status"], 0) + 1
        for reason in answer.get("reasons") or []:
            key = "%s %s" % (answer["status"], reason["code"])
            codes[key] = codes.get(key, 0) + 1
    load("after the %d checks" % CHECKS)
    repeats, reads = [], []
    for body in rng.sample(made, min(REPEATS, len(made))):
        started = time.perf_counter()
        status, answer = credit.call("POST", "/api/v1/credit-checks", sales, body)
        repeats.append((time.perf_counter() - started) * 1000)
        assert status == 200 and answer["orderId"] == body["orderId"], (status, answer)
    for body in rng.sample(made, min(REPEATS, len(made))):
        started = time.perf_counter()
        status, answer = credit.call("GET", "/api/v1/credit-checks/" + body["orderId"], sales)
        reads.append((time.perf_counter() - started) * 1000)
        assert status == 200, (status, answer)
    load("after the repeats and GETs")
    return latencies, outcomes, codes, made, repeats, reads


def psql_timings(statements):
    """Runs the statements in one psql session with \\timing, results discarded; the per-statement times in ms."""
    script = "\\timing on\n\\o /dev/null\n" + "".join(s + ";\n" for s in statements)
    out = subprocess.run(PG, input=script, check=True, capture_output=True, text=True,
                         env=dict(os.environ, PGPASSWORD="ledgerline")).stdout
    timings = [float(m) for m in re.findall(r"Time: ([0-9.]+) ms", out)]
    assert len(timings) == len(statements), out[-2000:]
    return timings


def raw_baseline(made):
    rng = random.Random(SEED + 1)
    orders = [b["orderId"] for b in made]
    warm = ["SELECT credit_check FROM credit_check_view WHERE order_id = '%s'" % rng.choice(orders) for _ in range(WARMUP)]
    reads = ["SELECT credit_check FROM credit_check_view WHERE order_id = '%s'" % rng.choice(orders) for _ in range(CHECKS)]
    by_key = psql_timings(warm + reads)[WARMUP:]
    select1 = psql_timings(["SELECT 1"] * (WARMUP + CHECKS))[WARMUP:]
    plan = subprocess.run(PG + ["-At", "-c", "EXPLAIN " + reads[0]], check=True, capture_output=True, text=True,
                          env=dict(os.environ, PGPASSWORD="ledgerline")).stdout.strip().splitlines()[0]
    load("after the raw psql reads")
    return by_key, select1, plan


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0) / 1024 / 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    pg = subprocess.run(PG + ["-At", "-c", "SHOW server_version"], capture_output=True, text=True,
                        env=dict(os.environ, PGPASSWORD="ledgerline")).stdout.strip()
    return "%d cores (%s), %.1f GiB RAM, %s; PostgreSQL %s" % (os.cpu_count(), cpu, mem, java, pg)


def ms(value):
    return "%.2f" % value


def main():
    run = uuid.uuid4().hex[:6].upper()
    today = datetime.date.today()
    load("start")
    log("run %s: %d customers, %d checks (+%d warm-up), seed %d" % (run, CUSTOMERS, CHECKS, WARMUP, SEED))
    ids, grades, applications, opened, setup_seconds = setup(run, today)
    load("after setup")
    latencies, outcomes, codes, made, repeats, reads = fire_checks(run, ids)
    check, repeat, get = summary(latencies), summary(repeats), summary(reads)
    log("checks p50 %.2f ms, p99 %.2f ms; outcomes %s" % (check["p50"], check["p99"], outcomes))
    by_key, select1, plan = raw_baseline(made)
    raw, one = summary(by_key), summary(select1)
    log("raw primary-key read p50 %.3f ms, p99 %.3f ms" % (raw["p50"], raw["p99"]))

    command = ("CUSTOMERS=%d CHECKS=%d WARMUP=%d REPEATS=%d SEED=%d python3 bench/credit-check/bench.py"
               % (CUSTOMERS, CHECKS, WARMUP, len(repeats), SEED))
    row = lambda name, s: "| %s | %s | %s | %s | %s | %s |" % (name, ms(s["p50"]), ms(s["p95"]), ms(s["p99"]), ms(s["max"]), ms(s["mean"]))
    report = "\n".join([
        "# Order credit check latency, local platform (deploy/local/up), %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "",
        "machine: %s" % machine(),
        "platform: deploy/local (services with their deploy/local settings, PostgreSQL with its default settings); "
        "the bench client, the four services, Kafka and PostgreSQL all share these cores; one request at a time.",
        "1-minute load average (anything above the core count means other work competed): %s."
        % ", ".join("%s %s" % l for l in loads),
        "",
        "command (platform up): `%s`" % command,
        "",
        "data: %d new customers (run %s), registered on customer-service (state-owned, founded 2001, capital CNY 50M), "
        "each with a financial statement and an assessment: grades %s. Credit limits (CNY, 30 days): %s. "
        "Open CNY invoices through POST /api/v1/erp/batch for %d of them, %d of those 70 days past due. "
        "Checks: random customer, CNY 1,000-40,000, every %dth in USD; approved checks reserve, so customers fill their limits "
        "during the run." % (CUSTOMERS, run, dict(sorted(grades.items())), applications, len(opened),
                             sum(1 for v in opened.values() if v[1]), CURRENCY_EVERY),
        "",
        "## Latency, ms (client side, one keep-alive connection, sequential)",
        "",
        "| measure | p50 | p95 | p99 | max | mean |",
        "| --- | --- | --- | --- | --- | --- |",
        row("**POST /api/v1/credit-checks**, new orderId, %d checks after %d warm-up" % (CHECKS, WARMUP), check),
        row("POST /api/v1/credit-checks repeated with the same content (idempotent, 200), %d" % len(repeats), repeat),
        row("GET /api/v1/credit-checks/{orderId}, %d" % len(reads), get),
        row("raw: psql SELECT credit_check FROM credit_check_view WHERE order_id = ? (primary key), %d after %d warm-up" % (CHECKS, WARMUP), raw),
        row("raw: psql SELECT 1, %d after %d warm-up" % (CHECKS, WARMUP), one),
        "",
        "| ratio (same run) | p50 | p99 |",
        "| --- | --- | --- |",
        "| credit check / raw primary-key read | **%.0fx** | **%.0fx** |" % (check["p50"] / raw["p50"], check["p99"] / raw["p99"]),
        "| repeated check / raw primary-key read | %.0fx | %.0fx |" % (repeat["p50"] / raw["p50"], repeat["p99"] / raw["p99"]),
        "| GET check / raw primary-key read | %.0fx | %.0fx |" % (get["p50"] / raw["p50"], get["p99"] / raw["p99"]),
        "| credit check / GET check | %.1fx | %.1fx |" % (check["p50"] / get["p50"], check["p99"] / get["p99"]),
        "",
        "Outcomes of the %d measured checks: %s." % (CHECKS, ", ".join("%s %d" % kv for kv in sorted(outcomes.items()))),
        "Reasons (a check lists every reason that applies): %s." % (", ".join("%s %d" % kv for kv in sorted(codes.items())) or "none"),
        "",
        "A new check is one command: the per-customer lock, reads of the latest assessment, the credit limit, the "
        "customer's open receivables and reservations from credit-service's own tables, the event append and the "
        "credit_check_view row in one transaction, then HTTP and JSON. The raw read is psql's \\timing of one "
        "indexed row over TCP to 127.0.0.1 in one session (no HTTP, no JWT, no write); plan: `%s`. Setup "
        "(registration, statements, assessments, applications, invoices, waiting for the projections) took %.1f s "
        "and is not in the figures." % (plan, setup_seconds),
        "",
        "## Commands",
        "",
        "```",
        "POST http://localhost:8082/api/v1/credit-checks x %d (+%d warm-up), sales token, http.client keep-alive, sequential"
        % (CHECKS, WARMUP),
        "POST the same bodies again x %d; GET /api/v1/credit-checks/{orderId} x %d" % (len(repeats), len(reads)),
        "psql -h 127.0.0.1 -p 5433 -U ledgerline -d credit -X -q with \\timing on, \\o /dev/null: the SELECT by order_id x %d (+%d), SELECT 1 x %d (+%d)"
        % (CHECKS, WARMUP, CHECKS, WARMUP),
        "```",
    ])
    print(report)
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "credit-check.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
