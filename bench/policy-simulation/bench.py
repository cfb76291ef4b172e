#!/usr/bin/env python3
"""What-if policy simulation (POST /api/v1/policy-simulations) on the running local platform: one stricter candidate
policy replayed over generated history, its per-grade figures and the time the simulation took.

Needs `deploy/local/up` first. Reuses bench/credit-check/bench.py (imported: its HTTP client, tokens, statements and
waiting) to generate the history the way that bench does. In one run:
  1. registers CUSTOMERS new customers on customer-service, with profiles that spread their scores (ownership, years
     since founding, registered capital), waits until credit-service knows them, submits a financial statement (a SAFE
     Altman zone for most, a DISTRESS one for every DISTRESSED-th customer: grade D), assesses them and asks for a credit
     limit in the middle of the grade's range with the grade's terms and prepayment share (granted at once; grade D asks
     none);
  2. books an open CNY invoice through POST /api/v1/erp/batch for every OPEN_EVERY-th customer (every OVERDUE_EVERY-th of
     them 70 days past due), waits until credit-service's projection shows it and assesses those customers again, now
     with a trading history (the second assessment records the facts it was scored from, like every assessment);
  3. makes CHECKS order credit checks, each a new orderId, a random customer (SEED) and a random amount: CNY
     1,000-40,000, every LARGE_EVERY-th CNY 150,000-290,000 (between half of grade B's automatic approval and all of it
     under the shipped policy), every CURRENCY_EVERY-th in USD; approved ones reserve, so limits fill up;
  4. builds the candidate from the current credit policy: every grade's minScore + MIN_SCORE_STEP (the grade from 0
     stays at 0, so every score keeps a grade) and every autoApproveMaxAmount halved, sent inline (never published);
  5. simulates it RUNS times limited to this run's customers (customerIds) and RUNS times over the whole recorded
     history of the platform (no customerIds), timing each POST; checks that the first limited run replayed every check
     made in step 3 with the outcomes they had; GETs the first run back by its Location.
Standard library only; prints the report and writes bench/results/policy-simulation.md.
"""
import copy, datetime, decimal, importlib.util, os, random, statistics, subprocess, sys, time, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
_spec = importlib.util.spec_from_file_location("credit_check_bench", os.path.join(ROOT, "bench", "credit-check", "bench.py"))
cc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cc)

CUSTOMERS = int(os.environ.get("CUSTOMERS", "50"))
CHECKS = int(os.environ.get("CHECKS", "1000"))
SEED = int(os.environ.get("SEED", "42"))
RUNS = int(os.environ.get("RUNS", "3"))
DISTRESSED = int(os.environ.get("DISTRESSED", "10"))          # every n-th customer gets a DISTRESS statement (grade D)
OPEN_EVERY = int(os.environ.get("OPEN_EVERY", "2"))            # every n-th gets an open invoice and a second assessment
OVERDUE_EVERY = int(os.environ.get("OVERDUE_EVERY", "3"))      # of those, every n-th is 70 days past due
LARGE_EVERY = int(os.environ.get("LARGE_EVERY", "5"))          # every n-th check is CNY 150,000-290,000
CURRENCY_EVERY = int(os.environ.get("CURRENCY_EVERY", "50"))   # every n-th check is in USD (not the limit currency)
MIN_SCORE_STEP = int(os.environ.get("MIN_SCORE_STEP", "5"))
CUSTOMER, CREDIT, RECEIVABLES = cc.CUSTOMER, cc.CREDIT, cc.RECEIVABLES
SIMULATIONS = "/api/v1/policy-simulations"

log, token, Client, wait_until = cc.log, cc.token, cc.Client, cc.wait_until

# (ownership, years since founding, registered capital): with a SAFE statement, no trading yet and no risk signals the
# shipped scorecard gives them about 77, 76, 73, 69 and 65 (company basics differ, the rest is neutral or known)
PROFILES = [("STATE_OWNED", 12, "50000000.00"), ("LISTED", 12, "50000000.00"), ("JOINT_VENTURE", 7, "10000000.00"),
            ("PRIVATE", 3, "2000000.00"), ("SOLE_PROPRIETOR", 1, "500000.00")]


def setup(run, today):
    """Customers with an assessment and (unless grade D) a limit; some invoiced and assessed again."""
    customer, credit, receivables = Client(CUSTOMER), Client(CREDIT), Client(RECEIVABLES)
    sales, analyst = token("sales", "bench-sales"), token("credit-analyst", "bench-analyst")
    manager, erp = token("credit-manager", "bench-manager-1"), token("erp-integration", "bench-erp")
    ids = ["PS-%s-%03d" % (run, i) for i in range(CUSTOMERS)]
    started = time.perf_counter()
    for i, cid in enumerate(ids):
        ownership, years, capital = PROFILES[i % len(PROFILES)]
        customer.expect("POST", "/api/v1/customers", sales, {
            "customerId": cid, "legalName": "Simulation bench %s %d Co., Ltd." % (run, i), "region": "EAST",
            "customerType": "DISTRIBUTOR", "salesOwner": "bench.sales", "ownershipType": ownership,
            "industry": "WHOLESALE", "lifecycle": "ACTIVE",
            "foundingDate": today.replace(year=today.year - years, day=1).isoformat(),
            "registeredCapital": {"amount": capital, "currency": "CNY"}}, (200, 201))
    log("%d customers registered; waiting until credit-service knows them" % CUSTOMERS)
    for cid in ids:
        wait_until("credit-service to know " + cid,
                   lambda: credit.call("GET", "/api/v1/customers/%s/exposure" % cid, analyst)[0] == 200, 120)
    first, limits = {}, {}
    period_end = "%d-12-31" % (today.year - 1)
    for i, cid in enumerate(ids):
        figures = cc.DISTRESS if DISTRESSED and i % DISTRESSED == DISTRESSED - 1 else cc.SAFE
        credit.expect("POST", "/api/v1/customers/%s/financial-statements" % cid, analyst,
                      dict(figures, periodEnd=period_end, currency="CNY"), (200, 201))
        assessed = credit.expect("POST", "/api/v1/customers/%s/assessments" % cid, analyst, None, (201,))
        first[cid] = (assessed["score"], assessed["grade"])
        if assessed["grade"] == "D" or not assessed["tradeAllowed"]:
            continue
        terms = assessed["terms"]
        low, high = decimal.Decimal(terms["limitMin"]), decimal.Decimal(terms["limitMax"])
        limit = ((low + high) / 2).quantize(decimal.Decimal("0.01"))
        application = credit.expect("POST", "/api/v1/credit-applications", manager, {
            "customerId": cid, "requestedLimit": {"amount": str(limit), "currency": terms["currency"]},
            "paymentTermsDays": terms["paymentTermsDays"], "prepaymentShare": terms["prepaymentShare"]}, (201,))
        assert application["status"] == "GRANTED", application
        limits[cid] = str(limit)
    items, opened = [], {}
    for i, cid in enumerate(ids):
        if not OPEN_EVERY or i % OPEN_EVERY != 1:
            continue
        overdue = OVERDUE_EVERY and (i // OPEN_EVERY) % OVERDUE_EVERY == 0
        issued = today - datetime.timedelta(days=100 if overdue else 5)
        amount = "%d.00" % (100000 + 1000 * (i % 50))
        items.append({"kind": "invoice", "externalId": "PSI-%s-%d" % (run, i), "invoiceNumber": "PS%s%03d" % (run, i),
                      "customerId": cid, "issueDate": issued.isoformat(),
                      "dueDate": (issued + datetime.timedelta(days=30)).isoformat(), "currency": "CNY", "amount": amount})
        opened[cid] = (amount, overdue)
    if items:
        results = receivables.expect("POST", "/api/v1/erp/batch", erp, items, (200,))
        assert {r["status"] for r in results} == {201}, results
        for cid, (amount, _) in opened.items():
            def shows(cid=cid, amount=amount):
                answer = credit.call("GET", "/api/v1/customers/%s/exposure" % cid, analyst)[1]
                return any(c["currency"] == "CNY" and decimal.Decimal(c["openReceivables"]) == decimal.Decimal(amount)
                           for c in answer["currencies"])
            wait_until("credit-service to fold the invoice of " + cid, shows, 120)
    latest = dict(first)
    for cid in opened:
        again = credit.expect("POST", "/api/v1/customers/%s/assessments" % cid, analyst, None, (201,))
        latest[cid] = (again["score"], again["grade"])
    seconds = time.perf_counter() - started
    log("setup done in %.1f s: first grades %s, latest grades %s, %d limits, %d invoiced and assessed again (%d overdue)"
        % (seconds, tally(g for _, g in first.values()), tally(g for _, g in latest.values()), len(limits), len(opened),
           sum(1 for v in opened.values() if v[1])))
    return ids, first, latest, limits, opened, seconds


def tally(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))


def make_checks(run, ids):
    credit, sales = Client(CREDIT), token("sales", "bench-sales")
    rng = random.Random(SEED)
    outcomes, started = {}, time.perf_counter()
    for n in range(CHECKS):
        large = LARGE_EVERY and n % LARGE_EVERY == LARGE_EVERY - 1
        amount = "%d.%02d" % (rng.randint(150000, 290000) if large else rng.randint(1000, 40000), rng.randint(0, 99))
        body = {"customerId": rng.choice(ids), "orderId": "PSO-%s-%06d" % (run, n), "amount": amount,
                "currency": "USD" if CURRENCY_EVERY and n % CURRENCY_EVERY == CURRENCY_EVERY - 1 else "CNY"}
        answer = credit.expect("POST", "/api/v1/credit-checks", sales, body, (201,))
        outcomes[answer["status"]] = outcomes.get(answer["status"], 0) + 1
    seconds = time.perf_counter() - started
    log("%d checks in %.1f s: %s" % (CHECKS, seconds, dict(sorted(outcomes.items()))))
    return outcomes, seconds


def candidate_policy(current):
    policy = copy.deepcopy(current["policy"])
    policy["name"] = "what-if: minScore +%d, automatic approval halved (from version %d)" % (MIN_SCORE_STEP, current["version"])
    for grade in policy["grades"]:
        if grade["minScore"] > 0:
            grade["minScore"] = min(100, grade["minScore"] + MIN_SCORE_STEP)
        half = decimal.Decimal(grade["autoApproveMaxAmount"]) / 2
        grade["autoApproveMaxAmount"] = str(half.quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))
    return policy


def simulate(credit, manager, body):
    """RUNS simulations of the same body; the first answer and every run's milliseconds."""
    answers, times = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        status, answer = credit.call("POST", SIMULATIONS, manager, body)
        times.append((time.perf_counter() - started) * 1000)
        if status != 201:
            raise SystemExit("POST %s answered %d: %s" % (SIMULATIONS, status, answer))
        answers.append(answer)
    return answers[0], times


def outcomes_text(o):
    return "%d / %d / %d" % (o["approved"], o["held"], o["rejected"])


def money_text(amounts):
    return ", ".join("%s %s" % (m["amount"], m["currency"]) for m in amounts) or "-"


def grade_table(result):
    rows = ["| candidate grade | customers | checks | recorded approved / held / rejected | candidate approved / held / rejected "
            "| approved, would not be | exposure avoided | held or rejected, would be approved | exposure added |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    line = "| %s | %d | %d | %s | %s | %d | %s | %d | %s |"
    for g in result["grades"]:
        rows.append(line % (g["grade"] or "never assessed", g["customers"], g["checks"], outcomes_text(g["recorded"]),
                            outcomes_text(g["candidate"]), g["ordersNoLongerApproved"], money_text(g["exposureAvoided"]),
                            g["ordersNewlyApproved"], money_text(g["exposureAdded"])))
    t = result["totals"]
    rows.append(line.replace("%s |", "**%s** |", 1) % ("total", t["customers"], t["checks"], outcomes_text(t["recorded"]),
                                                     outcomes_text(t["candidate"]), t["ordersNoLongerApproved"],
                                                     money_text(t["exposureAvoided"]), t["ordersNewlyApproved"],
                                                     money_text(t["exposureAdded"])))
    return rows


def grade_moves(result):
    moves = tally("%s %d -> %s %s" % (c["recordedGrade"], c["recordedScore"], c["candidateGrade"], c["candidateScore"])
                  for c in result["gradeChanges"])
    return ", ".join("%s: %d" % kv for kv in moves.items()) or "none"


def reasons(result):
    return ", ".join("%s %d" % kv for kv in tally("%s -> %s (%s)" % (d["recordedStatus"], d["candidateStatus"],
                                                                      "+".join(d["candidateReasons"]) or "no reason")
                                                   for d in result["decisionChanges"]).items()) or "none"


def ms(values):
    return "%.0f ms" % values[0], "%.0f ms" % statistics.median(values), "%.0f ms" % max(values)


def stored_events():
    try:
        out = subprocess.run(cc.PG + ["-At", "-c", "SELECT count(*) FROM domain_event_entry"], capture_output=True, text=True,
                             env=dict(os.environ, PGPASSWORD="ledgerline"), check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


def main():
    run = uuid.uuid4().hex[:6].upper()
    today = datetime.date.today()
    cc.load("start")
    log("run %s: %d customers, %d checks, seed %d, %d simulations per scope" % (run, CUSTOMERS, CHECKS, SEED, RUNS))
    ids, first, latest, limits, opened, setup_seconds = setup(run, today)
    outcomes, check_seconds = make_checks(run, ids)
    cc.load("after setup and checks")

    credit, manager = Client(CREDIT), token("credit-manager", "bench-manager-1")
    current = credit.expect("GET", "/api/v1/credit-policies/current", manager, None, (200,))
    candidate = candidate_policy(current)

    mine, mine_ms = simulate(credit, manager, {"policy": candidate, "customerIds": ids})
    cc.load("after the simulations of the run's customers")
    status, again = credit.call("GET", "%s/%s" % (SIMULATIONS, mine["simulationId"]), manager)
    assert status == 200 and again == mine, (status, again)
    totals = mine["totals"]
    assert totals["checks"] == CHECKS, totals
    recorded = {"APPROVED": totals["recorded"]["approved"], "HOLD": totals["recorded"]["held"],
                "REJECTED": totals["recorded"]["rejected"]}
    assert {k: v for k, v in recorded.items() if v} == outcomes, (recorded, outcomes)
    log("run's customers: %s avoided, %s added, %d grade changes; %s ms (first), median %.0f ms"
        % (money_text(totals["exposureAvoided"]), money_text(totals["exposureAdded"]), len(mine["gradeChanges"]),
           "%.0f" % mine_ms[0], statistics.median(mine_ms)))

    events = stored_events()
    everything, everything_ms = simulate(credit, manager, {"policy": candidate})
    cc.load("after the simulations of the whole history")
    decisions = everything["assessments"]["replayed"] + everything["totals"]["checks"]
    log("whole history: %d decisions replayed; %.0f ms (first), median %.0f ms"
        % (decisions, everything_ms[0], statistics.median(everything_ms)))

    base_grades = {g["grade"]: g for g in current["policy"]["grades"]}
    command = ("CUSTOMERS=%d CHECKS=%d SEED=%d RUNS=%d MIN_SCORE_STEP=%d python3 bench/policy-simulation/bench.py"
               % (CUSTOMERS, CHECKS, SEED, RUNS, MIN_SCORE_STEP))
    first_mine, median_mine, max_mine = ms(mine_ms)
    first_all, median_all, max_all = ms(everything_ms)
    report = "\n".join([
        "# What-if policy simulation, local platform (deploy/local/up), %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "",
        "machine: %s" % cc.machine(),
        "platform: deploy/local; the bench client, the services, Kafka and PostgreSQL share these cores; one request at a time.",
        "1-minute load average: %s." % ", ".join("%s %s" % l for l in cc.loads),
        "",
        "command (platform up): `%s`" % command,
        "",
        "data: %d new customers (run %s, `PS-%s-nnn`) registered on customer-service with %d profiles (ownership, years since "
        "founding, registered capital), each with a financial statement (every %dth DISTRESS) and an assessment: first grades %s "
        "(scores %s); credit limits granted in the middle of the grade's range: %d; %d invoiced in CNY (%d of them 70 days "
        "overdue) and assessed again with that trading history: latest grades %s. %d order credit checks (CNY 1,000-40,000, "
        "every %dth CNY 150,000-290,000, every %dth in USD), as recorded: %s; setup %.1f s, checks %.1f s."
        % (CUSTOMERS, run, run, len(PROFILES), DISTRESSED, tally(g for _, g in first.values()),
           tally(s for s, _ in first.values()), len(limits), len(opened), sum(1 for v in opened.values() if v[1]),
           tally(g for _, g in latest.values()), CHECKS, LARGE_EVERY, CURRENCY_EVERY, dict(sorted(outcomes.items())),
           setup_seconds, check_seconds),
        "",
        "candidate (inline, not published): the current credit policy, version %d, with every grade's minScore +%d (the grade "
        "from 0 stays) and every automatic approval amount halved: %s."
        % (current["version"], MIN_SCORE_STEP, "; ".join(
            "%s from %d (was %d), auto-approve %s up to %s (was %s)" % (
                g["grade"], g["minScore"], base_grades[g["grade"]]["minScore"], "yes" if g["autoApprove"] else "no",
                g["autoApproveMaxAmount"], base_grades[g["grade"]]["autoApproveMaxAmount"]) for g in candidate["grades"])),
        "",
        "## The run's customers (`customerIds`: the %d generated), simulation %s" % (CUSTOMERS, mine["simulationId"]),
        "",
    ] + grade_table(mine) + [
        "",
        "Customers whose grade would change (recorded grade and score -> candidate's): %s." % grade_moves(mine),
        "Checks whose outcome would change (recorded -> candidate, the candidate's reasons): %s." % reasons(mine),
        "Assessments replayed: %(replayed)d (%(withoutFacts)d without facts, %(rescored)d scored again); notes: %(n)s."
        % dict(mine["assessments"], n="; ".join(mine["assessments"]["notes"]) or "none"),
        "Every check of the run was replayed (%d) and its recorded outcome is the one the check answered; GET of the run "
        "by its id returned the same JSON." % totals["checks"],
        "",
        "## The whole recorded history of the platform (no `customerIds`), simulation %s" % everything["simulationId"],
        "",
    ] + grade_table(everything) + [
        "",
        "%d assessments and %d checks replayed (%s events in credit's event store); %d customers would change grade."
        % (everything["assessments"]["replayed"], everything["totals"]["checks"],
           "?" if events is None else "{:,}".format(events), len(everything["gradeChanges"])),
        "",
        "## Time of one simulation (client side: POST %s, %d runs per scope, sequential)" % (SIMULATIONS, RUNS),
        "",
        "| scope | decisions replayed | first | median | max |",
        "| --- | --- | --- | --- | --- |",
        "| the run's %d customers | %d | %s | %s | %s |" % (CUSTOMERS, mine["assessments"]["replayed"] + totals["checks"],
                                                           first_mine, median_mine, max_mine),
        "| whole history | %d | %s | %s | %s |" % (decisions, first_all, median_all, max_all),
        "",
        "A simulation reads every CustomerAssessed and credit check decision from credit's event store in stored order "
        "(one query, streamed), scores and grades each assessment under the candidate, decides each check again with the "
        "order credit check rules, writes the result as JSON into policy_simulation and answers it: so its time grows with "
        "the whole store even when customerIds narrows what is reported.",
    ])
    print(report)
    results = os.path.join(ROOT, "bench", "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, "policy-simulation.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
