#!/usr/bin/env python3
"""Cash application on generated data: the auto-match rate, and payments/s through the ERP batch endpoint.

Needs `deploy/local/up` first. Generates CUSTOMERS customers with INVOICES open invoices each, then one
payment per invoice-sized chunk of money in a realistic mix (seeded, so runs compare):
  25 % name their invoices in `allocations`                      (explicit, not counted as auto-matched)
  30 % only mention an invoice number in the remittance text     ("Remittance INV <n> / PO 4711")
  20 % carry no hint and pay exactly one invoice's open amount
  15 % carry no hint and pay the two oldest open invoices together
  10 % carry a reference naming no document and pay more than is open (credit balance remains)
The auto-match rate is the share of payments without allocations whose whole amount the ledger applied by
itself (remittance reference, exact amount, oldest first); it is computed from the batch answers of this
run and compared with GET /api/v1/cash-application/match-rate. The raw baseline inserts the same number
of rows into PostgreSQL in batches, in the same run. Standard library only; writes bench/results/.
"""
import json, os, random, subprocess, sys, time, urllib.request, uuid
from decimal import Decimal

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CUSTOMERS = int(os.environ.get("CUSTOMERS", "200"))
INVOICES = int(os.environ.get("INVOICES", "10"))
SEED = int(os.environ.get("SEED", "7"))
RECEIVABLES = "http://localhost:8083"
BATCH = 1000


def token(role):
    return subprocess.check_output([os.path.join(ROOT, "deploy/local/token"), role]).decode().strip()


def call(url, token_value, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Authorization": "Bearer " + token_value, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())


def push(items, erp):
    results = []
    for start in range(0, len(items), BATCH):
        results += call(RECEIVABLES + "/api/v1/erp/batch", erp, items[start:start + BATCH])
    refused = [r for r in results if r["status"] != 201]
    assert not refused, refused[:3]
    return results


def generate(run, rng):
    invoices, payments, kinds = [], [], []
    for c in range(CUSTOMERS):
        customer = "CASH-%s-%d" % (run, c)
        open_items = []
        for i in range(INVOICES):
            number = "%s-%d-%d" % (run, c, i)
            amount = Decimal(rng.randint(5000, 500000)) / 100
            issued = "2026-%02d-%02d" % (1 + i // 5, 1 + (i % 5) * 5)
            due = "2026-%02d-%02d" % (2 + i // 5, 1 + (i % 5) * 5)
            invoices.append({"kind": "invoice", "externalId": "CI-" + number, "invoiceNumber": number, "customerId": customer,
                             "issueDate": issued, "dueDate": due, "currency": "USD", "amount": str(amount)})
            open_items.append([number, amount])
        p = 0
        while open_items:
            p += 1
            roll = rng.random()
            payment = {"kind": "payment", "externalId": "CP-%s-%d-%d" % (run, c, p), "customerId": customer,
                       "receivedDate": "2026-06-%02d" % (1 + p % 28), "currency": "USD", "allocations": []}
            if roll < 0.25:
                number, amount = open_items.pop(rng.randrange(len(open_items)))
                payment.update(amount=str(amount), allocations=[{"invoiceNumber": number, "amount": str(amount)}])
                kind = "allocation"
            elif roll < 0.55:
                number, amount = open_items.pop(rng.randrange(len(open_items)))
                payment.update(amount=str(amount), remittanceReference="Remittance INV %s / PO 4711" % number)
                kind = "remittance"
            elif roll < 0.75:
                number, amount = open_items.pop(rng.randrange(len(open_items)))
                payment.update(amount=str(amount))
                kind = "exact"
            elif roll < 0.90 and len(open_items) >= 2:
                amount = open_items.pop(0)[1] + open_items.pop(0)[1]
                payment.update(amount=str(amount))
                kind = "oldest"
            else:
                amount = sum(a for _, a in open_items) + Decimal("25.00")
                open_items.clear()
                payment.update(amount=str(amount), remittanceReference="for all open items, thank you")
                kind = "overpaid"
            payments.append(payment)
            kinds.append(kind)
    return invoices, payments, kinds


def main():
    erp, finance = token("erp-integration"), token("finance")
    run = uuid.uuid4().hex[:6]
    invoices, payments, kinds = generate(run, random.Random(SEED))

    push(invoices, erp)
    started = time.perf_counter()
    answers = push(payments, erp)
    booked = time.perf_counter() - started

    by_kind, methods = {}, {}
    automatic = fully = 0
    for kind, answer in zip(kinds, answers):
        result = answer["result"]
        complete = Decimal(result["unapplied"]) == 0 and not result.get("awaitingInvoice")
        for applied in result["applied"]:
            methods[applied.get("method", "?")] = methods.get(applied.get("method", "?"), 0) + 1
        stats = by_kind.setdefault(kind, [0, 0])
        stats[0] += 1
        stats[1] += complete
        if kind != "allocation":
            automatic += 1
            fully += complete
    rate = fully / automatic if automatic else 0.0
    server = call(RECEIVABLES + "/api/v1/cash-application/match-rate", finance)

    psql = ["runuser", "-u", "postgres", "--", "/usr/lib/postgresql/15/bin/psql", "-h", "localhost", "-p", "5433",
            "-U", "ledgerline", "-d", "receivables", "-qAt", "-c"]
    if os.geteuid() != 0:
        psql = psql[4:]
    n = len(payments)
    raw_start = time.perf_counter()
    raw_sql = ("CREATE TEMP TABLE raw_payment (id text, customer_id text, received date, currency char(3), amount numeric(19,4)); "
               + " ".join("INSERT INTO raw_payment SELECT md5(g::text), 'C-'||(g %% %d), '2026-06-01', 'USD', 10.00 "
                          "FROM generate_series(%d, %d) g;" % (CUSTOMERS, s, min(n, s + BATCH) - 1) for s in range(0, n, BATCH)))
    subprocess.check_call(psql + [raw_sql], env=dict(os.environ, PGPASSWORD="ledgerline"))
    raw = time.perf_counter() - raw_start

    lines = [
        "# Cash application on generated data, local platform (deploy/local/up), %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "",
        "machine: %d cores, %s" % (os.cpu_count(), subprocess.check_output(["java", "-version"], stderr=subprocess.STDOUT).decode().splitlines()[0]),
        "command: CUSTOMERS=%d INVOICES=%d SEED=%d bench/cash-application/bench.py" % (CUSTOMERS, INVOICES, SEED),
        "",
        "| measure | value |",
        "| --- | --- |",
        "| invoices, payments generated | %d, %d |" % (len(invoices), n),
        "| **auto-match rate** (payments without allocations fully applied by the ledger itself) | %d of %d = **%.1f %%** |" % (fully, automatic, 100 * rate),
    ]
    for kind in ["allocation", "remittance", "exact", "oldest", "overpaid"]:
        total, complete = by_kind.get(kind, [0, 0])
        lines.append("| %s payments fully applied | %d of %d |" % (kind, complete, total))
    lines += [
        "| applications by method (this run) | %s |" % ", ".join("%s %d" % kv for kv in sorted(methods.items())),
        "| GET /api/v1/cash-application/match-rate (all payments ever booked here) | autoMatchRate %s |" % server.get("autoMatchRate"),
        "| payments booked and applied through POST /api/v1/erp/batch | %d in %.1f s = **%.0f payments/s** |" % (n, booked, n / booked),
        "| raw baseline: PostgreSQL batched INSERT of %d rows, same run | %.2f s = %.0f rows/s |" % (n, raw, n / raw),
        "| ratio payments booked / raw insert | %.4f |" % ((n / booked) / (n / raw)),
        "",
        "The overpaid tenth cannot be matched in full by design (more cash than is open): its invoices",
        "are settled oldest first and the rest stays as the customer's credit balance, so a",
        "rate near 90 % is the expected ceiling of this mix. Each payment reads the customer's open items",
        "and applies to each invoice by command, 100 payments per transaction.",
    ]
    report = "\n".join(lines)
    print(report)
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "cash-application.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
