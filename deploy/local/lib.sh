# Shared helpers for deploy/local scripts. Source it; do not run it.
# shellcheck shell=bash

LL_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LL_DEPLOY="$LL_REPO/deploy/local"
LL_RUN="$LL_REPO/.run"            # all local state; gitignored
LL_LOGS="$LL_RUN/logs"
LL_PIDS="$LL_RUN/pids"

# PostgreSQL: the project's own cluster, never the Debian default one on 5432
LL_PG_VERSION="${LL_PG_VERSION:-15}"
LL_PG_BIN="/usr/lib/postgresql/$LL_PG_VERSION/bin"
LL_PG_PORT=5433
LL_PG_ROLE=ledgerline
LL_PG_PASSWORD=ledgerline
LL_PG_DATABASES=(customer credit receivables collections reporting)

# Kafka: one KRaft node from the Maven jars
LL_KAFKA_HOME="$LL_RUN/kafka"
LL_KAFKA_LIBS="$LL_KAFKA_HOME/libs"
LL_KAFKA_PORT=9092
LL_KAFKA_CONTROLLER_PORT=9093
LL_KAFKA_BOOTSTRAP="127.0.0.1:$LL_KAFKA_PORT"
LL_TOPICS=("ledgerline.customer.events:6" "ledgerline.credit.events:6" "ledgerline.receivables.events:6" "ledgerline.collections.events:6" "ledgerline.riskdata.inbound:6" "ledgerline.erp.inbound:6" "ledgerline.erp.inbound.dlt:6")

LL_JWT="$LL_RUN/jwt"
LL_ROLES=(erp-integration finance credit-analyst credit-manager sales collector ops)

# name:module:port:database
LL_SERVICES=(
  "customer:customer-service/customer-app:8081:customer"
  "credit:credit-service/credit-app:8082:credit"
  "receivables:receivables-service/receivables-app:8083:receivables"
  "collections:collections-service/collections-app:8084:collections"
  "reporting:reporting-service/reporting-app:8085:reporting"
)

say()  { printf '==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command with root rights (directly as root, else through sudo).
as_root() {
  if is_root; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root rights for: $* (run as root or install sudo)"
  fi
}

ensure_run_dirs() {
  mkdir -p "$LL_RUN" "$LL_LOGS" "$LL_PIDS"
  chmod 755 "$LL_RUN"
}

# --- processes -------------------------------------------------------------------------------

pid_file() { printf '%s/%s.pid' "$LL_PIDS" "$1"; }

# Prints the recorded pid of <name> if that process is alive and its command line contains
# <marker> (guards against a recycled pid); returns 1 otherwise.
running_pid() {
  local name="$1" marker="$2" file pid
  file="$(pid_file "$name")"
  [ -f "$file" ] || return 1
  pid="$(cat "$file" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  printf '%s' "$pid"
}

# start_background <name> <log file> <command...>: detached from this shell (own session,
# immune to hangup); the pid written is the command's own pid.
start_background() {
  local name="$1" log="$2"; shift 2
  local file; file="$(pid_file "$name")"
  rm -f "$file"
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$file" "$@" >>"$log" 2>&1 </dev/null &
  local i
  for i in $(seq 1 50); do
    [ -s "$file" ] && return 0
    sleep 0.1
  done
  die "could not start $name (see $log)"
}

# stop_recorded <name> <marker> <what>: SIGTERM the recorded pid and wait for a graceful stop
# (a consumer leaving its group may need 30 s), SIGKILL after 60 s.
stop_recorded() {
  local name="$1" marker="$2" what="$3" pid i
  if ! pid="$(running_pid "$name" "$marker")"; then
    info "$what is not running (nothing recorded by deploy/local)"
    rm -f "$(pid_file "$name")"
    return 0
  fi
  say "Stopping $what (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    [ "$i" -eq 100 ] && info "still shutting down gracefully..."
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$what did not stop within 60 s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  info "$what stopped"
}

# --- waiting ---------------------------------------------------------------------------------

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_port <port> <timeout s> [pid]: fails early if pid dies.
wait_for_port() {
  local port="$1" timeout="$2" pid="${3:-}" deadline=$((SECONDS + $2))
  until port_open "$port"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# wait_for_http <url> <timeout s> [pid]: until the URL answers 200.
wait_for_http() {
  local url="$1" timeout="$2" pid="${3:-}" deadline=$((SECONDS + $2)) code
  while true; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)"
    [ "$code" = "200" ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

show_log_tail() {
  local log="$1" lines="${2:-40}"
  [ -f "$log" ] || return 0
  printf -- '---- last %s lines of %s ----\n' "$lines" "$log" >&2
  tail -n "$lines" "$log" >&2
  printf -- '----\n' >&2
}

# --- PostgreSQL ------------------------------------------------------------------------------

# Where the cluster lives. Normally .run/pg; if the postgres user cannot reach .run (a repository
# under a private home such as /root), under /var/tmp instead. The choice is recorded in
# .run/pg-home so every script agrees.
pg_home() {
  local record="$LL_RUN/pg-home"
  if [ -s "$record" ]; then cat "$record"; return; fi
  ensure_run_dirs
  local home="$LL_RUN/pg"
  if is_root && ! runuser -u postgres -- test -x "$LL_RUN" 2>/dev/null; then
    home="/var/tmp/ledgerline-pg-$(printf '%s' "$LL_REPO" | sha256sum | cut -c1-12)"
  fi
  printf '%s\n' "$home" >"$record"
  printf '%s\n' "$home"
}

# Runs a command as the owner of the cluster: postgres when we are root, else ourselves.
as_pg() {
  # from / because postgres may not be allowed into the current directory
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_running() {
  local data; data="$(pg_home)/data"
  [ -f "$data/PG_VERSION" ] && as_pg "$LL_PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1
}

psql_admin() {
  as_pg "$LL_PG_BIN/psql" -h 127.0.0.1 -p "$LL_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# --- Kafka -----------------------------------------------------------------------------------

kafka_cp() { printf '%s/*' "$LL_KAFKA_LIBS"; }

kafka_libs_present() {
  compgen -G "$LL_KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null && compgen -G "$LL_KAFKA_LIBS/kafka-tools-*.jar" >/dev/null
}

# Runs a Kafka tool class quietly (warnings only, to stderr).
kafka_tool() {
  java -Xmx256m -Dlog4j2.configurationFile="$LL_DEPLOY/kafka/log4j2-tools.xml" -cp "$(kafka_cp)" "$@"
}

# --- JWT -------------------------------------------------------------------------------------

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
